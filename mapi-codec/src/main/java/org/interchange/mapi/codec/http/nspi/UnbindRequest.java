package org.interchange.mapi.codec.http.nspi;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** Unbind request body (NspiUnbind, [MS-OXNSPI] 3.1.4.1.2), [MS-OXCMAPIHTTP] 2.2.5.2.1. */
public record UnbindRequest(int reserved, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static UnbindRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        return new UnbindRequest(r.i32(), NspiFields.auxAndEnd(r, "Unbind request"));
    }
}
