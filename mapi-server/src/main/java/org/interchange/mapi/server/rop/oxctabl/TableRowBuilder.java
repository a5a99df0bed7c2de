package org.interchange.mapi.server.rop.oxctabl;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.server.rop.ColumnValues;
import org.interchange.mapi.server.rop.PropertySource;
import org.interchange.mapi.server.rop.RopErrors;

/**
 * Builds the PropertyRow of a table row, [MS-OXCTABL] 2.2.2.1.1: missing columns are ecNotFound
 * error values (a flagged row); strings are cut to 255 characters as in a table, and larger binary
 * values come back as ecMAPIOOM so the client reads them from the object instead.
 */
final class TableRowBuilder {
    static final int MAX_TABLE_STRING = 255;
    private static final int MAX_TABLE_BINARY = 510;

    private TableRowBuilder() {
    }

    static PropertyRow row(List<PropertyTag> columns, PropertySource source) {
        return PropertyRow.of(columns, column -> shorten(ColumnValues.lookup(source, column, Integer.MAX_VALUE)),
                RopErrors.NOT_FOUND);
    }

    private static PropertyValue shorten(PropertyValue value) {
        if (value == null) {
            return null;
        }
        if (value.value() instanceof String s && s.length() > MAX_TABLE_STRING) {
            return new PropertyValue(value.tag(), s.substring(0, MAX_TABLE_STRING));
        }
        if (ColumnValues.inlineSize(value) > MAX_TABLE_BINARY) {
            return PropertyValue.error(value.tag(), RopErrors.NOT_ENOUGH_MEMORY);
        }
        return value;
    }
}
