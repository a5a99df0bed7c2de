package org.interchange.mapi.codec.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteWriterTest {

    @Test
    void utf16StringsAreTheirUtf16LeBytesAndATwoByteTerminator() {
        for (String s : new String[] {"", "a", "Julien Kerihuel", "\u00E9t\u00E9 \u20AC \u65E5\uD83D\uDE00"}) {
            byte[] expected = (s + "\0").getBytes(StandardCharsets.UTF_16LE);
            assertThat(new ByteWriter(16).utf16z(s).toByteArray()).isEqualTo(expected);
        }
    }

    @Test
    void anUnpairedSurrogateIsWrittenAsItIsAndReadBack() {
        String s = "x\uDC00y\uD800";
        byte[] bytes = new ByteWriter().utf16z(s).toByteArray();
        assertThat(bytes).hasSize(10);
        assertThat(new ByteReader(bytes).utf16z()).isEqualTo(s);
    }
}
