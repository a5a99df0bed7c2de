package org.interchange.mapi.codec.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The bulk paths of {@link ByteReader}: strings scanned eight bytes at a time and arrays of 32-bit values. */
class ByteReaderTest {

    /** The string's UTF-16LE code units and the terminator, after {@code lead} bytes of padding. */
    private static byte[] utf16z(int lead, String s) {
        ByteWriter out = new ByteWriter();
        for (int i = 0; i < lead; i++) {
            out.u8(0x41);
        }
        return out.utf16z(s).u8(0x7F).toByteArray();
    }

    @Test
    void utf16StringsOfEveryLengthAndAlignmentAreReadWhole() {
        String text = "Julien Kerihuel <jkerihuel@openchange2003.local>";
        for (int lead = 0; lead < 3; lead++) {
            for (int length = 0; length <= text.length(); length++) {
                String s = text.substring(0, length);
                ByteReader in = new ByteReader(utf16z(lead, s));
                in.skip(lead);
                assertThat(in.utf16z()).isEqualTo(s);
                assertThat(in.u8()).isEqualTo(0x7F);
            }
        }
    }

    @Test
    void aCodeUnitAboveU00FfAnywhereGivesTheFullString() {
        for (String wide : new String[] {"\u20AC", "\u65E5", "\uD83D\uDE00", "\uD800", "\u0100"}) {
            for (int at = 0; at <= 9; at++) {
                String s = "abcdefghi".substring(0, at) + wide + "xyz\u00E9";
                ByteReader in = new ByteReader(utf16z(0, s));
                assertThat(in.utf16z()).isEqualTo(s);
            }
        }
    }

    @Test
    void latin1StringsOfDifferentLengthsInSlicesOfOneInputShareNothingVisible() {
        String longer = "a much longer string than the next one, past sixty-four characters";
        byte[] bytes = new ByteWriter().utf16z(longer).utf16z("short").utf16z("\u00E9t\u00E9").toByteArray();
        ByteReader in = new ByteReader(bytes);
        String first = in.slice(2 * longer.length() + 2).utf16z();
        ByteReader rest = in.slice(in.remaining());
        assertThat(rest.utf16z()).isEqualTo("short");
        assertThat(rest.utf16z()).isEqualTo("\u00E9t\u00E9");
        assertThat(first).isEqualTo(longer);
    }

    @Test
    void aUtf16StringWithoutTerminatorFails() {
        byte[] bytes = Arrays.copyOf("no terminator here".getBytes(StandardCharsets.UTF_16LE), 37);
        assertThatThrownBy(() -> new ByteReader(bytes).utf16z()).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("no terminator");
        for (String s : new String[] {"abc", "abcdefgh", "abcdefghijk"}) {
            byte[] sliced = new ByteWriter().utf16z(s).toByteArray();
            assertThatThrownBy(() -> new ByteReader(sliced, 0, sliced.length - 2).utf16z())
                    .isInstanceOf(MapiCodecException.class);
            assertThatThrownBy(() -> new ByteReader(sliced, 0, sliced.length - 1).utf16z())
                    .isInstanceOf(MapiCodecException.class);
        }
    }

    @Test
    void eightBitStringsAreReadUpToTheTerminatorWithWindows1252AboveAscii() {
        byte[] bytes = new ByteWriter().ascii8z("").ascii8z("Jkerihuel").ascii8z("price \u20AC 5").toByteArray();
        ByteReader in = new ByteReader(bytes);
        assertThat(in.ascii8z()).isEmpty();
        assertThat(in.ascii8z()).isEqualTo("Jkerihuel");
        assertThat(in.ascii8z()).isEqualTo("price \u20AC 5");
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void eightBitStringsOfEveryLengthAndAlignmentWithAWindows1252ByteAnywhere() {
        java.nio.charset.Charset windows1252 = java.nio.charset.Charset.forName("windows-1252");
        for (int lead = 0; lead < 8; lead++) {
            for (int length = 0; length <= 20; length++) {
                for (int at = -1; at < length; at++) {
                    byte[] bytes = new byte[lead + length + 2];
                    for (int i = 0; i < length; i++) {
                        bytes[lead + i] = (byte) (i == at ? 0x80 : 'a' + i);
                    }
                    bytes[lead + length + 1] = 0x7F;
                    ByteReader in = new ByteReader(bytes);
                    in.skip(lead);
                    assertThat(in.ascii8z()).isEqualTo(new String(bytes, lead, length, windows1252));
                    assertThat(in.u8()).isEqualTo(0x7F);
                }
            }
        }
    }

    @Test
    void anEightBitStringWithoutTerminatorFails() {
        byte[] bytes = "no terminator in these bytes".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new ByteReader(bytes).ascii8z()).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("no terminator");
        byte[] terminatedAfterTheSlice = "0123456789\0".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new ByteReader(terminatedAfterTheSlice, 0, 10).ascii8z())
                .isInstanceOf(MapiCodecException.class);
    }

    @Test
    void valuesOf32BitsAreLittleEndianAndBoundedByTheInput() {
        ByteReader in = new ByteReader(new ByteWriter().i32(0x0037001F).i32(-1).u8(9).toByteArray());
        assertThat(in.i32s(2, 2, "property tags")).containsExactly(0x0037001F, -1);
        assertThat(in.u8()).isEqualTo(9);
        ByteReader shortInput = new ByteReader(new byte[7]);
        assertThatThrownBy(() -> shortInput.i32s(2, 2, "property tags")).isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("2 property tags");
        assertThatThrownBy(() -> shortInput.i32s(0x7FFFFFFF, "count", "values")).isInstanceOf(MapiCodecException.class);
        assertThatThrownBy(() -> shortInput.i32s(-1, "count", "values")).isInstanceOf(MapiCodecException.class);
        assertThat(shortInput.i32s(0, 0, "values")).isEmpty();
    }

    @Test
    void fixedWidthValuesAreLittleEndian() {
        ByteReader in = new ByteReader(new ByteWriter().u16(0xFEDC).i32(0x12345678).i64(0x0102030405060708L).toByteArray());
        assertThat(in.u16()).isEqualTo(0xFEDC);
        assertThat(in.i32()).isEqualTo(0x12345678);
        assertThat(in.i64()).isEqualTo(0x0102030405060708L);
        assertThatThrownBy(in::u8).isInstanceOf(MapiCodecException.class);
    }
}
