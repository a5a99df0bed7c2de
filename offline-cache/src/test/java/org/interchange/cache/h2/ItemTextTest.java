package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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
    void previewReadsOnlyTheHeadYetEqualsCollapsingTheWholeBody() {
        String[] pieces = {" ", "\t", "\r\n", "\u000B", "\f", "\u2003", "\u3000", "a", "bc", "\uD83D\uDE00", "  \u2003 "};
        Random random = new Random(4);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(400);
            while (body.length() < length) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = body.toString();
            assertThat(ItemText.preview(text, null)).as("preview of [%s]", text)
                    .isEqualTo(text.isBlank() ? null : wholeBodyPreview(text));
        }
    }

    /** The preview as first written: every white space run of the body collapsed, stripped, then cut. */
    private static String wholeBodyPreview(String text) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        if (collapsed.length() <= ItemText.PREVIEW_LENGTH) {
            return collapsed;
        }
        int end = Character.isHighSurrogate(collapsed.charAt(ItemText.PREVIEW_LENGTH - 1))
                ? ItemText.PREVIEW_LENGTH - 1 : ItemText.PREVIEW_LENGTH;
        return collapsed.substring(0, end);
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
