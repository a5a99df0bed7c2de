package org.interchange.mapi.client.internal.rop;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;

/** An open table object with the columns set by RopSetColumns, [MS-OXCTABL] 2.2.2.1. */
public record ServerTable(ServerObject object, List<PropertyTag> columns) {
    public ServerTable {
        columns = List.copyOf(columns);
    }
}
