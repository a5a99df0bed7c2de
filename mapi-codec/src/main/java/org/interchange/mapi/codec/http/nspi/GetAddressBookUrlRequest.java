package org.interchange.mapi.codec.http.nspi;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** GetAddressBookUrl request body: the user DN as UTF-16, [MS-OXCMAPIHTTP] 2.2.5.19.1. */
public record GetAddressBookUrlRequest(int flags, String userDn, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        NspiFields.requireNoNul(userDn, "UserDn");
        w.i32(flags).utf16z(userDn);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetAddressBookUrlRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        return new GetAddressBookUrlRequest(r.i32(), r.utf16z(), NspiFields.auxAndEnd(r, "GetAddressBookUrl request"));
    }
}
