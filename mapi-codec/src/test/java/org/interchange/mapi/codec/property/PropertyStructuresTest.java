package org.interchange.mapi.codec.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

class PropertyStructuresTest {
    private static final UUID PSETID_COMMON = UUID.fromString("00062008-0000-0000-c000-000000000046");
    private static final PropertyTag SUBJECT = new PropertyTag(0x0037001F);
    private static final PropertyTag SIZE = new PropertyTag(0x0E080003);

    private static byte[] encode(Consumer<ByteWriter> writer) {
        ByteWriter out = new ByteWriter();
        writer.accept(out);
        return out.toByteArray();
    }

    @Test
    void propertyNameById() {
        PropertyName name = PropertyName.ofId(PSETID_COMMON, 0x8580);
        byte[] bytes = hex("00 08200600 0000 0000 c000000000000046 80850000");
        assertThat(encode(name::encode)).isEqualTo(bytes);
        assertThat(PropertyName.decode(new ByteReader(bytes))).isEqualTo(name);
    }

    @Test
    void propertyNameByStringIncludesTheTerminatorInNameSize() {
        PropertyName name = PropertyName.ofName(PSETID_COMMON, "ab");
        byte[] bytes = hex("01 08200600 0000 0000 c000000000000046 06 6100 6200 0000");
        assertThat(encode(name::encode)).isEqualTo(bytes);
        assertThat(PropertyName.decode(new ByteReader(bytes))).isEqualTo(name);
    }

    @Test
    void propertyNameRejectsUnknownKinds() {
        assertThatThrownBy(() -> PropertyName.decode(new ByteReader(hex("02"))))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("Kind 0x2");
    }

    @Test
    void propertyProblem() {
        PropertyProblem problem = new PropertyProblem(1, SUBJECT, 0x80040102);
        byte[] bytes = hex("0100 1f003700 02010480");
        assertThat(encode(problem::encode)).isEqualTo(bytes);
        assertThat(PropertyProblem.decode(new ByteReader(bytes))).isEqualTo(problem);
    }

    @Test
    void standardRowWithAnUnspecifiedColumnCarriesTypedValues() {
        List<PropertyTag> columns = List.of(SIZE, new PropertyTag(0x0E1D0000));
        byte[] bytes = hex("00 2a000000 1f00 4100 0000");
        PropertyRow row = PropertyRow.decode(new ByteReader(bytes), columns);
        assertThat(row).isInstanceOf(StandardPropertyRow.class);
        assertThat(row.values()).containsExactly(PropertyValue.of(SIZE, 42),
                PropertyValue.of(new PropertyTag(0x0E1D001F), "A"));
        assertThat(encode(row::encode)).isEqualTo(bytes);
    }

    @Test
    void flaggedRowWithPresentAbsentAndErrorValues() {
        List<PropertyTag> columns = List.of(SUBJECT, SIZE, new PropertyTag(0x0E1D0000));
        byte[] bytes = hex("01 00 4100 0000 0a 0f010480 0100 01");
        PropertyRow row = PropertyRow.decode(new ByteReader(bytes), columns);
        assertThat(row).isEqualTo(new FlaggedPropertyRow(columns, List.of(
                FlaggedPropertyValue.present(PropertyValue.of(SUBJECT, "A")),
                FlaggedPropertyValue.error(SIZE, 0x8004010F),
                FlaggedPropertyValue.absent(new PropertyTag(0x0E1D0000)))));
        assertThat(row.find(SUBJECT.id())).contains(PropertyValue.of(SUBJECT, "A"));
        assertThat(row.find(0x0E1D)).isEmpty();
        assertThat(encode(row::encode)).isEqualTo(bytes);
    }

    @Test
    void rowBuilderChoosesStandardOrFlagged() {
        Map<PropertyTag, PropertyValue> bag = Map.of(SUBJECT, PropertyValue.of(SUBJECT, "A"));
        PropertyRow complete = PropertyRow.of(List.of(SUBJECT), bag::get, 0x8004010F);
        assertThat(complete).isInstanceOf(StandardPropertyRow.class);
        PropertyRow partial = PropertyRow.of(List.of(SUBJECT, SIZE), bag::get, 0x8004010F);
        assertThat(encode(partial::encode)).isEqualTo(hex("01 00 4100 0000 0a 0f010480"));
    }

    @Test
    void rowSetHasA16BitCount() {
        PropertyRowSet set = new PropertyRowSet(List.of(SIZE), List.of(
                new StandardPropertyRow(List.of(SIZE), List.of(PropertyValue.of(SIZE, 1))),
                new StandardPropertyRow(List.of(SIZE), List.of(PropertyValue.of(SIZE, 2)))));
        byte[] bytes = hex("0200 00 01000000 00 02000000");
        assertThat(encode(set::encode)).isEqualTo(bytes);
        assertThat(PropertyRowSet.decode(new ByteReader(bytes), List.of(SIZE))).isEqualTo(set);
    }

    @Test
    void malformedRowsAreRejected() {
        assertThatThrownBy(() -> PropertyRow.decode(new ByteReader(hex("02")), List.of(SIZE)))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("flag 0x2");
        assertThatThrownBy(() -> PropertyRow.decode(new ByteReader(hex("01 05")), List.of(SIZE)))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("flag 0x5");
        assertThatThrownBy(() -> PropertyRowSet.decode(new ByteReader(hex("ffff 00")), List.of(SIZE)))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("65535 rows claimed");
        assertThatThrownBy(() -> PropertyRow.decode(new ByteReader(hex("00 0100")), List.of(SIZE)))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("needs 4 bytes");
    }

    @Test
    void typedStrings() {
        assertThat(encode(TypedString.of(null)::encode)).isEqualTo(hex("00"));
        assertThat(encode(TypedString.of("")::encode)).isEqualTo(hex("01"));
        assertThat(encode(TypedString.of("A")::encode)).isEqualTo(hex("04 4100 0000"));
        assertThat(TypedString.decode(new ByteReader(hex("02 414200")))).isEqualTo(new TypedString(2, "AB"));
        assertThat(TypedString.decode(new ByteReader(hex("03 414200")))).isEqualTo(new TypedString(3, "AB"));
        assertThatThrownBy(() -> TypedString.decode(new ByteReader(hex("05"))))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("StringType 0x5");
    }

    @Test
    void recipientRowWithSmtpAddressAndUnicodeStrings() {
        List<PropertyTag> columns = List.of(new PropertyTag(0x0FFE0003), new PropertyTag(0x3A00001F));
        int flags = 0x3 | RecipientRow.FLAG_E | RecipientRow.FLAG_D | RecipientRow.FLAG_U;
        RecipientRow row = new RecipientRow(flags, 0, 0, null, null, null, null, "a@b", "A", null, null,
                new StandardPropertyRow(columns.subList(0, 1), List.of(PropertyValue.of(columns.get(0), 6))));
        byte[] bytes = hex("1b02 6100 4000 6200 0000 4100 0000 0100 00 06000000");
        assertThat(encode(row::encode)).isEqualTo(bytes);
        RecipientRow decoded = RecipientRow.decode(new ByteReader(bytes), columns);
        assertThat(decoded.emailAddress()).isEqualTo("a@b");
        assertThat(decoded.displayName()).isEqualTo("A");
        assertThat(decoded.recipientProperties()).isEqualTo(row.recipientProperties());
    }

    @Test
    void recipientRowRejectsMoreColumnsThanSent() {
        assertThatThrownBy(() -> RecipientRow.decode(new ByteReader(hex("0000 0500")), List.of(SIZE)))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("RecipientColumnCount 5");
    }
}
