package org.interchange.mapi.codec.http.nspi;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * GetMailboxUrl response body, [MS-OXCMAPIHTTP] 2.2.5.18.2. A non-zero StatusCode is a failure body of StatusCode and
 * AuxiliaryBuffer only, whose other fields decode as zero or empty.
 */
public record GetMailboxUrlResponse(int statusCode, int errorCode, String serverUrl, AuxiliaryBuffer auxiliaryBuffer) {

    public boolean isSuccess() {
        return statusCode == 0;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(statusCode);
        if (statusCode == 0) {
            w.i32(errorCode);
            NspiFields.requireNoNul(serverUrl, "ServerUrl");
            w.utf16z(serverUrl);
        }
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetMailboxUrlResponse decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int status = r.i32();
        if (status != 0) {
            return new GetMailboxUrlResponse(status, 0, "", NspiFields.auxAndEnd(r, "GetMailboxUrlResponse"));
        }
        int error = r.i32();
        return new GetMailboxUrlResponse(0, error, r.utf16z(), NspiFields.auxAndEnd(r, "GetMailboxUrl response"));
    }
}
