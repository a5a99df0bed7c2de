package org.interchange.mapi.codec.http.nspi;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** QueryRows request body (NspiQueryRows, [MS-OXNSPI] 3.1.4.1.8); an empty ExplicitTable reads the container at State, [MS-OXCMAPIHTTP] 2.2.5.13.1. */
public record QueryRowsRequest(int flags, Optional<Stat> state, List<Integer> explicitTable, int rowCount,
        Optional<List<PropertyTag>> columns, AuxiliaryBuffer auxiliaryBuffer) {

    public byte[] encode() {
        ByteWriter w = new ByteWriter();
        w.i32(flags);
        NspiFields.optionalStat(w, state);
        NspiFields.mids(w, explicitTable);
        w.i32(rowCount);
        NspiFields.optionalTags(w, columns);
        return NspiFields.aux(w, auxiliaryBuffer);
    }

    public static QueryRowsRequest decode(byte[] data) {
        ByteReader r = new ByteReader(data);
        int flags = r.i32();
        Optional<Stat> state = NspiFields.optionalStat(r);
        List<Integer> explicit = NspiFields.mids(r, "ExplicitTable");
        int rowCount = r.i32();
        return new QueryRowsRequest(flags, state, explicit, rowCount, NspiFields.optionalTags(r, "Columns"),
                NspiFields.auxAndEnd(r, "QueryRows request"));
    }
}
