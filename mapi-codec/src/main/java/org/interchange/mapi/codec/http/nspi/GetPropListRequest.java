package org.interchange.mapi.codec.http.nspi;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** GetPropList request body (NspiGetPropList, [MS-OXNSPI] 3.1.4.1.6), [MS-OXCMAPIHTTP] 2.2.5.6.1. */
public record GetPropListRequest(int flags, int minimalId, int codePage, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(flags).i32(minimalId).i32(codePage);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetPropListRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        return new GetPropListRequest(r.i32(), r.i32(), r.i32(), NspiFields.auxAndEnd(r, "GetPropList request"));
    }
}
