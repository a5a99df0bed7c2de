package org.interchange.mapi.codec.http.nspi;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** QueryColumns request body (NspiQueryColumns, [MS-OXNSPI] 3.1.4.1.5), [MS-OXCMAPIHTTP] 2.2.5.12.1. */
public record QueryColumnsRequest(int reserved, int mapiFlags, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved).i32(mapiFlags);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static QueryColumnsRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        return new QueryColumnsRequest(r.i32(), r.i32(), NspiFields.auxAndEnd(r, "QueryColumns request"));
    }
}
