package org.interchange.mapi.codec.http.nspi;

import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** UpdateStat request body (NspiUpdateStat, [MS-OXNSPI] 3.1.4.1.4), [MS-OXCMAPIHTTP] 2.2.5.17.1. */
public record UpdateStatRequest(int reserved, Optional<Stat> state, boolean deltaRequested, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved);
        NspiFields.optionalStat(w, state);
        NspiFields.has(w, deltaRequested);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static UpdateStatRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int reserved = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        boolean delta = NspiFields.has(r, "DeltaRequested");
        return new UpdateStatRequest(reserved, state, delta, NspiFields.auxAndEnd(r, "UpdateStat request"));
    }
}
