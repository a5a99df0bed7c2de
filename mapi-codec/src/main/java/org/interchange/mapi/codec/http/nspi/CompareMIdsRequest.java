package org.interchange.mapi.codec.http.nspi;

import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** CompareMIds request body (NspiCompareMIds, [MS-OXNSPI] 3.1.4.1.6), [MS-OXCMAPIHTTP] 2.2.5.3.1. */
public record CompareMIdsRequest(int reserved, Optional<Stat> state, int minimalId1, int minimalId2, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved);
        NspiFields.optionalStat(w, state);
        w.i32(minimalId1).i32(minimalId2);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static CompareMIdsRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        return new CompareMIdsRequest(r.i32(), NspiFields.optionalStat(r), r.i32(), r.i32(),
                NspiFields.auxAndEnd(r, "CompareMIds request"));
    }
}
