package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * What a response decoder needs beyond the bytes, [MS-OXCROPS] 2.2.1: the request it answers
 * (e.g. the tags of RopGetPropertiesSpecific) and, for table ROPs, the table's columns (null
 * when unknown).
 */
public record ResponseContext(RopRequest request, List<PropertyTag> tableColumns) {

    public ResponseContext {
        Objects.requireNonNull(request, "request");
        tableColumns = tableColumns == null ? null : FrozenList.copyOf(tableColumns);
    }

    public static ResponseContext of(RopRequest request) {
        return new ResponseContext(request, null);
    }

    /** The request as {@code type}, or a MapiCodecException when the response answers another ROP. */
    public <T extends RopRequest> T request(Class<T> type) {
        if (!type.isInstance(request)) {
            throw new MapiCodecException("a response decoded for " + type.getSimpleName()
                    + " was matched with " + request.ropId());
        }
        return type.cast(request);
    }

    /** The table columns, or a MapiCodecException explaining that none were set. */
    public List<PropertyTag> columns() {
        if (tableColumns == null) {
            throw new MapiCodecException(request.ropId() + " response on handle index "
                    + request.inputHandleIndex() + " needs the table's columns, but no RopSetColumns is known for it");
        }
        return tableColumns;
    }
}
