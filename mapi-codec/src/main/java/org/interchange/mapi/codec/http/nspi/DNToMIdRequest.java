package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** DNToMId request body (NspiDNToMId, [MS-OXNSPI] 3.1.4.1.13); Names are 8-bit DNs, [MS-OXCMAPIHTTP] 2.2.5.4.1. */
public record DNToMIdRequest(int reserved, Optional<List<String>> names, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved);
        NspiFields.has(w, names.isPresent());
        names.ifPresent(n -> NspiFields.asciiStrings(w, n));
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static DNToMIdRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int reserved = r.i32();
        Optional<List<String>> names = NspiFields.has(r, "Names")
                ? Optional.of(NspiFields.asciiStrings(r, "Names")) : Optional.empty();
        return new DNToMIdRequest(reserved, names, NspiFields.auxAndEnd(r, "DNToMId request"));
    }
}
