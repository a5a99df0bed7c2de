package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;

/** SeekEntries request body (NspiSeekEntries, [MS-OXNSPI] 3.1.4.1.9), [MS-OXCMAPIHTTP] 2.2.5.16.1. */
public record SeekEntriesRequest(int reserved, Optional<Stat> state, Optional<PropertyValue> target,
        Optional<List<Integer>> explicitTable, Optional<List<PropertyTag>> columns, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved);
        NspiFields.optionalStat(w, state);
        NspiFields.has(w, target.isPresent());
        target.ifPresent(t -> AddressBookValues.writeTagged(w, t));
        NspiFields.optionalMids(w, explicitTable);
        NspiFields.optionalTags(w, columns);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static SeekEntriesRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int reserved = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        Optional<PropertyValue> target = NspiFields.has(r, "Target")
                ? Optional.of(AddressBookValues.readTagged(r)) : Optional.empty();
        Optional<List<Integer>> explicit = NspiFields.optionalMids(r, "ExplicitTable");
        return new SeekEntriesRequest(reserved, state, target, explicit, NspiFields.optionalTags(r, "Columns"),
                NspiFields.auxAndEnd(r, "SeekEntries request"));
    }
}
