package org.interchange.mapi.codec.http.nspi;

import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** Bind request body (NspiBind, [MS-OXNSPI] 3.1.4.1.1), [MS-OXCMAPIHTTP] 2.2.5.1.1. */
public record BindRequest(int flags, Optional<Stat> state, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(flags);
        NspiFields.optionalStat(w, state);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static BindRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        return new BindRequest(r.i32(), NspiFields.optionalStat(r), NspiFields.auxAndEnd(r, "Bind request"));
    }
}
