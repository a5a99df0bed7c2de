package org.interchange.mapi.codec.http.nspi;

import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * UpdateStat response body, [MS-OXCMAPIHTTP] 2.2.5.17.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record UpdateStatResponse(int statusCode, int errorCode, Optional<Stat> state, Optional<Integer> delta, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            NspiFields.optionalStat(w, state);
            NspiFields.has(w, delta.isPresent());
            delta.ifPresent(w::i32);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static UpdateStatResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new UpdateStatResponse(status, 0, Optional.empty(), Optional.empty(), NspiFields.auxAndEnd(r, "UpdateStatResponse"));
        }
        int error = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        Optional<Integer> delta = NspiFields.has(r, "Delta") ? Optional.of(r.i32()) : Optional.empty();
        return new UpdateStatResponse(0, error, state, delta, NspiFields.auxAndEnd(r, "UpdateStat response"));
    }
}
