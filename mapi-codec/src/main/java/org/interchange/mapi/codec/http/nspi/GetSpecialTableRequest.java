package org.interchange.mapi.codec.http.nspi;

import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** GetSpecialTable request body (NspiGetSpecialTable, [MS-OXNSPI] 3.1.4.1.3), [MS-OXCMAPIHTTP] 2.2.5.8.1. */
public record GetSpecialTableRequest(int flags, Optional<Stat> state, Optional<Integer> version, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(flags);
        NspiFields.optionalStat(w, state);
        NspiFields.has(w, version.isPresent());
        version.ifPresent(w::i32);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetSpecialTableRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int flags = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        Optional<Integer> version = NspiFields.has(r, "Version") ? Optional.of(r.i32()) : Optional.empty();
        return new GetSpecialTableRequest(flags, state, version, NspiFields.auxAndEnd(r, "GetSpecialTable request"));
    }
}
