package org.interchange.mapi.codec.http.nspi;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * Columns followed by rows as the NSPI responses carry them, [MS-OXCMAPIHTTP] 2.2.5 (Columns as a
 * LargePropertyTagArray, RowCount, then RowCount AddressBookPropertyRows of 2.2.1.7).
 */
public record AddressBookPropertyRowSet(List<PropertyTag> columns, List<AddressBookPropertyRow> rows) {

    public AddressBookPropertyRowSet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (AddressBookPropertyRow row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.values().size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    static AddressBookPropertyRowSet read(ByteReader r) {
        List<PropertyTag> columns = NspiFields.tags(r, "Columns");
        int count = NspiFields.count(r, 1, "RowCount");
        List<AddressBookPropertyRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(AddressBookPropertyRow.read(r, columns));
        }
        return new AddressBookPropertyRowSet(columns, rows);
    }

    void write(ByteWriter w) {
        NspiFields.tags(w, columns);
        w.i32(rows.size());
        rows.forEach(row -> row.write(w, columns));
    }

    static java.util.Optional<AddressBookPropertyRowSet> readOptional(ByteReader r, String field) {
        return NspiFields.has(r, field) ? java.util.Optional.of(read(r)) : java.util.Optional.empty();
    }

    static void writeOptional(ByteWriter w, java.util.Optional<AddressBookPropertyRowSet> set) {
        NspiFields.has(w, set.isPresent());
        set.ifPresent(s -> s.write(w));
    }
}
