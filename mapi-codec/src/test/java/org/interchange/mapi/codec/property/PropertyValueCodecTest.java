package org.interchange.mapi.codec.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PropertyValueCodecTest {
    private static final UUID PS_PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-c000-000000000046");

    static List<Arguments> values() {
        return List.of(
                Arguments.of(PropertyType.INTEGER16, (short) 0x1234, "3412"),
                Arguments.of(PropertyType.INTEGER16, (short) -2, "feff"),
                Arguments.of(PropertyType.INTEGER32, 0x12345678, "78563412"),
                Arguments.of(PropertyType.INTEGER64, 0x0102030405060708L, "0807060504030201"),
                Arguments.of(PropertyType.FLOATING32, 1.5f, "0000c03f"),
                Arguments.of(PropertyType.FLOATING64, -2.0, "00000000000000c0"),
                Arguments.of(PropertyType.CURRENCY, 123_4500L, "44d6120000000000"),
                Arguments.of(PropertyType.FLOATING_TIME, 39462.5, "00000000d044e340"),
                Arguments.of(PropertyType.BOOLEAN, true, "01"),
                Arguments.of(PropertyType.BOOLEAN, false, "00"),
                Arguments.of(PropertyType.ERROR_CODE, 0x8004010F, "0f010480"),
                Arguments.of(PropertyType.TIME, Instant.parse("1970-01-01T00:00:00Z"), "00803ed5deb19d01"),
                Arguments.of(PropertyType.TIME, Instant.parse("1601-01-01T00:00:00.0000001Z"), "0100000000000000"),
                Arguments.of(PropertyType.STRING, "Hé", "48 00 e9 00 00 00"),
                Arguments.of(PropertyType.STRING, "", "0000"),
                Arguments.of(PropertyType.STRING8, "abc", "61626300"),
                Arguments.of(PropertyType.BINARY, hex("0a0b0c"), "0300 0a0b0c"),
                Arguments.of(PropertyType.GUID, PS_PUBLIC_STRINGS, "29030200 0000 0000 c000000000000046"),
                Arguments.of(PropertyType.NULL, null, ""),
                Arguments.of(PropertyType.MULTIPLE_INTEGER16, List.of((short) 1, (short) 2), "02000000 0100 0200"),
                Arguments.of(PropertyType.MULTIPLE_INTEGER32, List.of(7), "01000000 07000000"),
                Arguments.of(PropertyType.MULTIPLE_INTEGER64, List.of(1L), "01000000 0100000000000000"),
                Arguments.of(PropertyType.MULTIPLE_FLOATING32, List.of(1.5f), "01000000 0000c03f"),
                Arguments.of(PropertyType.MULTIPLE_FLOATING64, List.of(-2.0), "01000000 00000000000000c0"),
                Arguments.of(PropertyType.MULTIPLE_CURRENCY, List.of(1L), "01000000 0100000000000000"),
                Arguments.of(PropertyType.MULTIPLE_FLOATING_TIME, List.of(39462.5), "01000000 00000000d044e340"),
                Arguments.of(PropertyType.MULTIPLE_TIME, List.of(Instant.parse("1970-01-01T00:00:00Z")),
                        "01000000 00803ed5deb19d01"),
                Arguments.of(PropertyType.MULTIPLE_STRING, List.of("a", "b"), "02000000 6100 0000 6200 0000"),
                Arguments.of(PropertyType.MULTIPLE_STRING8, List.of("x", ""), "02000000 7800 00"),
                Arguments.of(PropertyType.MULTIPLE_GUID, List.of(PS_PUBLIC_STRINGS),
                        "01000000 29030200 0000 0000 c000000000000046"),
                Arguments.of(PropertyType.MULTIPLE_BINARY, List.of(hex("ff"), hex("")), "02000000 0100 ff 0000"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void encodesAndDecodesEveryTypeByteForByte(PropertyType type, Object value, String expectedHex) {
        byte[] expected = hex(expectedHex);
        ByteWriter out = new ByteWriter();
        PropertyValueCodec.ROP.write(out, type, value);
        assertThat(out.toByteArray()).isEqualTo(expected);

        ByteReader in = new ByteReader(expected);
        Object decoded = PropertyValueCodec.ROP.read(in, type);
        assertThat(in.remaining()).isZero();
        assertThat(PropertyValue.of(PropertyTag.of(1, type), decoded))
                .isEqualTo(PropertyValue.of(PropertyTag.of(1, type), value));
    }

    @Test
    void wideCodecUses32BitByteCounts() {
        ByteWriter out = new ByteWriter();
        PropertyValueCodec.WIDE.write(out, PropertyType.BINARY, hex("0102"));
        assertThat(out.toByteArray()).isEqualTo(hex("02000000 0102"));
        assertThat((byte[]) PropertyValueCodec.WIDE.read(new ByteReader(hex("02000000 0102")), PropertyType.BINARY))
                .isEqualTo(hex("0102"));
    }

    @Test
    void taggedAndTypedValues() {
        PropertyValue subject = PropertyValue.of(new PropertyTag(0x0037001F), "Hi");
        ByteWriter out = new ByteWriter();
        PropertyValueCodec.ROP.writeTagged(out, subject);
        assertThat(out.toByteArray()).isEqualTo(hex("1f003700 4800 6900 0000"));
        assertThat(PropertyValueCodec.ROP.readTagged(new ByteReader(out.toByteArray()))).isEqualTo(subject);

        TypedPropertyValue typed = new TypedPropertyValue(PropertyType.INTEGER32, 5);
        ByteWriter typedOut = new ByteWriter();
        PropertyValueCodec.ROP.writeTyped(typedOut, typed);
        assertThat(typedOut.toByteArray()).isEqualTo(hex("0300 05000000"));
        assertThat(PropertyValueCodec.ROP.readTyped(new ByteReader(typedOut.toByteArray()))).isEqualTo(typed);
    }

    @Test
    void multiValueInstanceColumnsCarryOneElement() {
        assertThat(PropertyValueCodec.valueType(new PropertyTag(0x8001301F))).isEqualTo(PropertyType.STRING);
        assertThat(PropertyValueCodec.valueType(new PropertyTag(0x8001101F))).isEqualTo(PropertyType.MULTIPLE_STRING);
    }

    @Test
    void rejectsValuesOfTheWrongJavaType() {
        assertThatThrownBy(() -> PropertyValueCodec.ROP.write(new ByteWriter(), PropertyType.STRING, 5))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("STRING value must be a String");
        assertThatThrownBy(() -> PropertyValueCodec.ROP.write(new ByteWriter(), PropertyType.BINARY, new byte[0x10000]))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("16-bit count");
    }

    @Test
    void absurdCountsFailBeforeAllocating() {
        assertThatThrownBy(() -> PropertyValueCodec.ROP.read(new ByteReader(hex("ffffffff 0100")),
                PropertyType.MULTIPLE_INTEGER32))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("claims 4294967295 values");
        assertThatThrownBy(() -> PropertyValueCodec.WIDE.read(new ByteReader(hex("ffffff7f 00")), PropertyType.BINARY))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("claims 2147483647 bytes");
        assertThatThrownBy(() -> PropertyValueCodec.ROP.read(new ByteReader(hex("ff00 01")), PropertyType.BINARY))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("BINARY value: needs 255 bytes");
        assertThatThrownBy(() -> PropertyValueCodec.ROP.read(new ByteReader(hex("4100 4200")), PropertyType.STRING))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("no terminator");
    }

    @Test
    void unknownTypesAreNamed() {
        assertThatThrownBy(() -> PropertyValueCodec.ROP.readTagged(new ByteReader(hex("77003700 00"))))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("unknown property type 0x77");
        assertThatThrownBy(() -> PropertyValueCodec.ROP.read(new ByteReader(hex("0500 00")), PropertyType.OBJECT))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("OBJECT value");
    }

    @Test
    void fileTimeConversionsAreExactTo100Nanoseconds() {
        Instant t = Instant.parse("2026-11-29T14:38:51.1234567Z");
        assertThat(FileTime.toInstant(FileTime.fromInstant(t))).isEqualTo(t);
        assertThat(HexFormat.of().toHexDigits(FileTime.fromInstant(Instant.EPOCH))).isEqualTo("019db1ded53e8000");
    }
}
