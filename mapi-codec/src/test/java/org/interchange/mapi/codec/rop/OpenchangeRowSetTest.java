package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.FlaggedPropertyRow;
import org.interchange.mapi.codec.property.FlaggedPropertyValue;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyRowSet;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.testutil.HexVectors;
import org.junit.jupiter.api.Test;

/** RopQueryRows RowData captured by openchange's mapitest (openchange/srowset_rows.txt). */
class OpenchangeRowSetTest {
    private static final PropertyTag SENDER_NAME = new PropertyTag(0x0C1A001E);
    private static final PropertyTag BODY = new PropertyTag(0x1000001E);
    private static final List<PropertyTag> COLUMNS = List.of(SENDER_NAME, BODY);
    private static final Map<String, String> FILE = HexVectors.keyValues("openchange/srowset_rows.txt");

    private static List<PropertyRow> decode(byte[] bytes, int count) {
        ByteReader in = new ByteReader(bytes);
        List<PropertyRow> rows = PropertyRowSet.decodeRows(in, COLUMNS, count);
        assertThat(in.remaining()).isZero();
        return rows;
    }

    private static byte[] encode(List<PropertyRow> rows) {
        ByteWriter out = new ByteWriter();
        PropertyRowSet.encodeRows(out, rows);
        return out.toByteArray();
    }

    private static List<String> pairs(List<PropertyRow> rows) {
        List<String> pairs = new ArrayList<>();
        for (PropertyRow row : rows) {
            pairs.add(row.values().get(0).value() + " / " + row.values().get(1).value());
        }
        return pairs;
    }

    @Test
    void untaggedRowsAreStandardRowsOfString8Values() {
        byte[] bytes = HexVectors.hex(FILE.get("untagged"));
        assertThat(bytes).hasSize(Integer.parseInt(FILE.get("untagged_len")));

        List<PropertyRow> rows = decode(bytes, 10);

        assertThat(rows).allMatch(StandardPropertyRow.class::isInstance);
        assertThat(pairs(rows)).containsExactly(
                "MT Dummy From / Body of message 8", "MT Dummy From / Body of message 9",
                "MT Dummy From / Body of message 7", "MT Dummy From / Body of message 6",
                "MT Dummy4 / Body of message 4", "MT Dummy From / Body of message 5",
                "MT Dummy3 / Body of message 3", "MT Dummy1 / Body of message 1",
                "MT Dummy2 / Body of message 2", "MT Dummy0 / Body of message 0");
        assertThat(rows.getFirst().values()).containsExactly(PropertyValue.of(SENDER_NAME, "MT Dummy From"),
                PropertyValue.of(BODY, "Body of message 8"));
        assertThat(encode(rows)).isEqualTo(bytes);
    }

    @Test
    void taggedRowsMixFlaggedRowsWithNotFoundErrorsAndStandardRows() {
        byte[] bytes = HexVectors.hex(FILE.get("tagged"));
        assertThat(bytes).hasSize(Integer.parseInt(FILE.get("tagged_len")));

        List<PropertyRow> rows = decode(bytes, 16);

        FlaggedPropertyRow first = (FlaggedPropertyRow) rows.getFirst();
        assertThat(first.flaggedValues()).containsExactly(
                FlaggedPropertyValue.present(PropertyValue.of(SENDER_NAME, "MT Dummy From")),
                FlaggedPropertyValue.error(BODY, 0x8004010F));
        assertThat(pairs(rows)).containsExactly(
                "MT Dummy From / -2147221233",
                "MT Dummy From / Body of message 5", "MT Dummy From / Body of message 6",
                "MT Dummy From / Body of message 7", "MT Dummy From / Body of message 8",
                "MT Dummy From / Body of message 9",
                "MT Dummy0 / -2147221233", "MT Dummy0 / Body of message 0",
                "MT Dummy1 / -2147221233", "MT Dummy1 / Body of message 1",
                "MT Dummy2 / -2147221233", "MT Dummy2 / Body of message 2",
                "MT Dummy3 / -2147221233", "MT Dummy3 / Body of message 3",
                "MT Dummy4 / -2147221233", "MT Dummy4 / Body of message 4");
        assertThat(rows.stream().filter(FlaggedPropertyRow.class::isInstance)).hasSize(6);
        assertThat(rows.stream().filter(r -> r.values().get(1).isError()))
                .allSatisfy(r -> assertThat(r.values().get(1).tag()).isEqualTo(new PropertyTag(0x1000000A)));
        assertThat(encode(rows)).isEqualTo(bytes);
    }
}
