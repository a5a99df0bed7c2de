package org.interchange.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MboxWriterTest {
    @Test
    void writesAFromLineAndQuotesFromLinesInTheBody() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] eml = "Subject: Hi\r\n\r\nFrom the start\r\n>From quoted\r\nFromage\r\n".getBytes(StandardCharsets.US_ASCII);
        new MboxWriter(out).append("ada@example.org", Instant.parse("2026-03-02T09:15:00Z"), eml);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(
                "From ada@example.org Mon Mar 2 09:15:00 2026\n"
                        + "Subject: Hi\n\n>From the start\n>>From quoted\nFromage\n\n\n");
    }
}
