package org.interchange.mapi.codec.http.nspi;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * CompareMIds response body; Result is negative, zero or positive, [MS-OXCMAPIHTTP] 2.2.5.3.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record CompareMIdsResponse(int statusCode, int errorCode, int result, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            w.i32(result);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static CompareMIdsResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new CompareMIdsResponse(status, 0, 0, NspiFields.auxAndEnd(r, "CompareMIdsResponse"));
        }
        int error = r.i32();
        return new CompareMIdsResponse(0, error, r.i32(), NspiFields.auxAndEnd(r, "CompareMIds response"));
    }
}
