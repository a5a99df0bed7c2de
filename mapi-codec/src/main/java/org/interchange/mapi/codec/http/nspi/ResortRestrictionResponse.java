package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * ResortRestriction response body, [MS-OXCMAPIHTTP] 2.2.5.15.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record ResortRestrictionResponse(int statusCode, int errorCode, Optional<Stat> state, Optional<List<Integer>> minimalIds, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            NspiFields.optionalStat(w, state);
            NspiFields.optionalMids(w, minimalIds);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static ResortRestrictionResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new ResortRestrictionResponse(status, 0, Optional.empty(), Optional.empty(), NspiFields.auxAndEnd(r, "ResortRestrictionResponse"));
        }
        int error = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        return new ResortRestrictionResponse(0, error, state, NspiFields.optionalMids(r, "MinimalIds"),
                NspiFields.auxAndEnd(r, "ResortRestriction response"));
    }
}
