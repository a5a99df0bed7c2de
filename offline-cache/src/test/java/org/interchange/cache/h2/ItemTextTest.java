package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemTextTest {

    @Test
    void previewPrefersThePlainBodyAndCollapsesWhitespace() {
        assertThat(ItemText.preview("  Hello\r\n\r\n  world\t!", "<p>ignored</p>")).isEqualTo("Hello world !");
    }

    @Test
    void previewFallsBackToTheHtmlBodyWithoutTagsScriptsOrStyles() {
        String html = "<html><head><style>p { color: red }</style><script>alert('x')</script></head>"
                + "<body><p>Fish &amp; chips&nbsp;at <b>noon</b></p></body></html>";
        assertThat(ItemText.preview(null, html)).isEqualTo("Fish & chips at noon");
    }

    @Test
    void previewIsCutAtTwoHundredCharactersWithoutSplittingASurrogatePair() {
        String text = "a".repeat(ItemText.PREVIEW_LENGTH - 1) + "\uD83D\uDE00 tail";
        assertThat(ItemText.preview(text, null)).isEqualTo("a".repeat(ItemText.PREVIEW_LENGTH - 1));
        assertThat(ItemText.preview(null, null)).isNull();
    }

    @Test
    void subjectKeyDropsReplyAndForwardPrefixesAndCase() {
        assertThat(ItemText.subjectKey("RE: Fwd: AW:  Budget 2026")).isEqualTo("budget 2026");
        assertThat(ItemText.subjectKey("Re:re: x")).isEqualTo("x");
        assertThat(ItemText.subjectKey("Regarding the plan")).isEqualTo("regarding the plan");
        assertThat(ItemText.subjectKey(null)).isEmpty();
    }

    @Test
    void senderKeyIgnoresQuotesAndCase() {
        assertThat(ItemText.senderKey("\"Zoe Example\" <zoe@example.org>")).isEqualTo("zoe example <zoe@example.org>");
    }
}
