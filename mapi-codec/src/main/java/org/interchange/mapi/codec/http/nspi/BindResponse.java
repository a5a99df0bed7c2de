package org.interchange.mapi.codec.http.nspi;

import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * Bind response body, [MS-OXCMAPIHTTP] 2.2.5.1.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record BindResponse(int statusCode, int errorCode, UUID serverGuid, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            w.guid(serverGuid);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static BindResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new BindResponse(status, 0, new UUID(0, 0), NspiFields.auxAndEnd(r, "BindResponse"));
        }
        int error = r.i32();
        return new BindResponse(0, error, r.guid(), NspiFields.auxAndEnd(r, "Bind response"));
    }
}
