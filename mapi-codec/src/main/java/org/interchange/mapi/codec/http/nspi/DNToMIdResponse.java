package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * DNToMId response body, [MS-OXCMAPIHTTP] 2.2.5.4.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record DNToMIdResponse(int statusCode, int errorCode, Optional<List<Integer>> minimalIds, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            NspiFields.optionalMids(w, minimalIds);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static DNToMIdResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new DNToMIdResponse(status, 0, Optional.empty(), NspiFields.auxAndEnd(r, "DNToMIdResponse"));
        }
        int error = r.i32();
        return new DNToMIdResponse(0, error, NspiFields.optionalMids(r, "MinimalIds"),
                NspiFields.auxAndEnd(r, "DNToMId response"));
    }
}
