package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** GetProps request body (NspiGetProps, [MS-OXNSPI] 3.1.4.1.7); the object is State.CurrentRec, [MS-OXCMAPIHTTP] 2.2.5.7.1. */
public record GetPropsRequest(int flags, Optional<Stat> state, Optional<List<PropertyTag>> propertyTags, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(flags);
        NspiFields.optionalStat(w, state);
        NspiFields.optionalTags(w, propertyTags);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static GetPropsRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int flags = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        return new GetPropsRequest(flags, state, NspiFields.optionalTags(r, "PropertyTags"),
                NspiFields.auxAndEnd(r, "GetProps request"));
    }
}
