package org.interchange.mapi.objects.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowedTextTest {

    @Test
    void joinsSoftBreaksAndKeepsHardOnes() {
        assertThat(FlowedText.unflow("one \r\ntwo\r\nthree", false)).isEqualTo("one two\r\nthree");
        assertThat(FlowedText.unflow("one \r\ntwo", true)).isEqualTo("onetwo");
    }

    @Test
    void removesSpaceStuffingAndRespectsQuoteDepth() {
        assertThat(FlowedText.unflow(" From here \r\non", false)).isEqualTo("From here on");
        assertThat(FlowedText.unflow("> a \r\n> b\r\n>> c \r\n> d", false))
                .as("a flowed line before a depth change stays as it is (RFC 3676 4.5)").isEqualTo("> a b\r\n>> c \r\n> d");
    }

    @Test
    void signatureSeparatorIsNeverJoined() {
        assertThat(FlowedText.unflow("text\r\n-- \r\nsig", false)).isEqualTo("text\r\n-- \r\nsig");
    }
}
