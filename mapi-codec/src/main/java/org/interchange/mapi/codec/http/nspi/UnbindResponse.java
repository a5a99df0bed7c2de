package org.interchange.mapi.codec.http.nspi;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Unbind response body, [MS-OXCMAPIHTTP] 2.2.5.2.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record UnbindResponse(int statusCode, int errorCode, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);

        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static UnbindResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new UnbindResponse(status, 0, NspiFields.auxAndEnd(r, "UnbindResponse"));
        }
        int error = r.i32();
        return new UnbindResponse(0, error, NspiFields.auxAndEnd(r, "Unbind response"));
    }
}
