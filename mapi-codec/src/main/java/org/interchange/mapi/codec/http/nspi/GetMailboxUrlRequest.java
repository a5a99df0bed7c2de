package org.interchange.mapi.codec.http.nspi;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** GetMailboxUrl request body: the mailbox server DN as UTF-16, [MS-OXCMAPIHTTP] 2.2.5.18.1. */
public record GetMailboxUrlRequest(int flags, String serverDn, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        NspiFields.requireNoNul(serverDn, "ServerDn");
        w.i32(flags).utf16z(serverDn);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetMailboxUrlRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        return new GetMailboxUrlRequest(r.i32(), r.utf16z(), NspiFields.auxAndEnd(r, "GetMailboxUrl request"));
    }
}
