package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;

/** ModProps request body (NspiModProps, [MS-OXNSPI] 3.1.4.1.12), [MS-OXCMAPIHTTP] 2.2.5.11.1. */
public record ModPropsRequest(int reserved, Optional<Stat> state, Optional<List<PropertyTag>> propertyTagsToRemove,
        Optional<List<PropertyValue>> propertyValues, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(reserved);
        NspiFields.optionalStat(w, state);
        NspiFields.optionalTags(w, propertyTagsToRemove);
        NspiFields.has(w, propertyValues.isPresent());
        propertyValues.ifPresent(v -> AddressBookValues.writeList(w, v));
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static ModPropsRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int reserved = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        Optional<List<PropertyTag>> remove = NspiFields.optionalTags(r, "PropertyTagsToRemove");
        Optional<List<PropertyValue>> values = NspiFields.has(r, "PropertyValues")
                ? Optional.of(AddressBookValues.readList(r)) : Optional.empty();
        return new ModPropsRequest(reserved, state, remove, values, NspiFields.auxAndEnd(r, "ModProps request"));
    }
}
