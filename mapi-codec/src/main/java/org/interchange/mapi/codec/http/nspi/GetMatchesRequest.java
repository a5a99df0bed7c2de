package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.Restriction;

/** GetMatches request body (NspiGetMatches, [MS-OXNSPI] 3.1.4.1.10), [MS-OXCMAPIHTTP] 2.2.5.5.1. */
public record GetMatchesRequest(int reserved, Optional<Stat> state, Optional<List<Integer>> minimalIds, int interfaceOptionFlags,
        Optional<Restriction> filter, Optional<NspiPropertyName> propertyName, int rowCount,
        Optional<List<PropertyTag>> columns, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved);
        NspiFields.optionalStat(w, state);
        NspiFields.optionalMids(w, minimalIds);
        w.i32(interfaceOptionFlags);
        NspiFields.has(w, filter.isPresent());
        filter.ifPresent(f -> AddressBookRestrictions.write(w, f));
        NspiFields.has(w, propertyName.isPresent());
        propertyName.ifPresent(p -> w.guid(p.guid()).i32(p.id()));
        w.i32(rowCount);
        NspiFields.optionalTags(w, columns);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetMatchesRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int reserved = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        Optional<List<Integer>> mids = NspiFields.optionalMids(r, "MinimalIds");
        int options = r.i32();
        Optional<Restriction> filter = NspiFields.has(r, "Filter")
                ? Optional.of(AddressBookRestrictions.read(r)) : Optional.empty();
        Optional<NspiPropertyName> name = NspiFields.has(r, "PropertyName")
                ? Optional.of(new NspiPropertyName(r.guid(), r.i32())) : Optional.empty();
        int rowCount = r.i32();
        Optional<List<PropertyTag>> columns = NspiFields.optionalTags(r, "Columns");
        return new GetMatchesRequest(reserved, state, mids, options, filter, name, rowCount, columns,
                NspiFields.auxAndEnd(r, "GetMatches request"));
    }
}
