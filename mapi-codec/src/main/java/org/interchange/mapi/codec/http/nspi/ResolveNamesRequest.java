package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** ResolveNames request body (NspiResolveNamesW, [MS-OXNSPI] 3.1.4.1.17); Names are UTF-16, [MS-OXCMAPIHTTP] 2.2.5.14.1. */
public record ResolveNamesRequest(int reserved, Optional<Stat> state, Optional<List<PropertyTag>> propertyTags,
        Optional<List<String>> names, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved);
        NspiFields.optionalStat(w, state);
        NspiFields.optionalTags(w, propertyTags);
        NspiFields.has(w, names.isPresent());
        names.ifPresent(n -> NspiFields.utf16Strings(w, n));
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static ResolveNamesRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int reserved = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        Optional<List<PropertyTag>> tags = NspiFields.optionalTags(r, "PropertyTags");
        Optional<List<String>> names = NspiFields.has(r, "Names")
                ? Optional.of(NspiFields.utf16Strings(r, "Names")) : Optional.empty();
        return new ResolveNamesRequest(reserved, state, tags, names, NspiFields.auxAndEnd(r, "ResolveNames request"));
    }
}
