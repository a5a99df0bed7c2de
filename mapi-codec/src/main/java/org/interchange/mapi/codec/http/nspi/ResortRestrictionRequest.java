package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** ResortRestriction request body (NspiResortRestriction, [MS-OXNSPI] 3.1.4.1.11), [MS-OXCMAPIHTTP] 2.2.5.15.1. */
public record ResortRestrictionRequest(int reserved, Optional<Stat> state, Optional<List<Integer>> minimalIds, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved);
        NspiFields.optionalStat(w, state);
        NspiFields.optionalMids(w, minimalIds);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static ResortRestrictionRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int reserved = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        return new ResortRestrictionRequest(reserved, state, NspiFields.optionalMids(r, "MinimalIds"),
                NspiFields.auxAndEnd(r, "ResortRestriction request"));
    }
}
