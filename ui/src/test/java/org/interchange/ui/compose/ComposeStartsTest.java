package org.interchange.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;
import org.interchange.ui.internal.Formats;
import org.junit.jupiter.api.Test;

class ComposeStartsTest {
    private final ComposeStarts starts = new ComposeStarts(new Formats(
            Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC), Locale.UK));

    private static ItemDetail mail(String subject, String sender, String recipients, String text, String html,
                                   Map<String, String> fields, List<AttachmentInfo> attachments) {
        ItemSummary s = new ItemSummary(1, 2, "srv", ItemKind.MAIL, subject, sender,
                Instant.parse("2026-11-28T09:30:00Z"), null, 100, true, false, !attachments.isEmpty(), "",
                OfflineState.SYNCED);
        return new ItemDetail(s, recipients, text, html, fields, attachments);
    }

    @Test
    void subjectsGetOnePrefixAndTopicsLoseThemAll() {
        assertThat(ComposeStarts.replySubject("Budget")).isEqualTo("Re: Budget");
        assertThat(ComposeStarts.replySubject("RE: Budget")).isEqualTo("RE: Budget");
        assertThat(ComposeStarts.replySubject("Fw: Budget")).isEqualTo("Re: Fw: Budget");
        assertThat(ComposeStarts.forwardSubject("Re: Budget")).isEqualTo("Fw: Re: Budget");
        assertThat(ComposeStarts.forwardSubject("FWD: Budget")).isEqualTo("FWD: Budget");
        assertThat(ComposeStarts.forwardSubject(null)).isEqualTo("Fw: ");
        assertThat(ComposeStarts.normalizedSubject("Re: Fw: AW:  Budget")).isEqualTo("Budget");
        assertThat(ComposeStarts.normalizedSubject("Rebate")).isEqualTo("Rebate");
    }

    @Test
    void aReplyQuotesTheOriginalAndThreadsUnderIt() {
        ItemDetail original = mail("Budget", "Bob <bob@example.org>", "Alice <alice@example.org>",
                "Numbers attached.\nCheers", null, Map.of(ItemFields.MESSAGE_ID, "<b2@example.org>",
                        ItemFields.REFERENCES, "<a1@example.org>"), List.of());

        ComposeStart reply = starts.reply(original, false, Set.of("alice@example.org"));

        assertThat(reply.to()).isEqualTo("Bob <bob@example.org>");
        assertThat(reply.cc()).isEmpty();
        assertThat(reply.subject()).isEqualTo("Re: Budget");
        assertThat(reply.rich()).isFalse();
        assertThat(reply.bodyText()).startsWith("\n\nOn ").contains("Bob <bob@example.org> wrote:\n> Numbers attached.\n> Cheers");
        assertThat(reply.bodyHtml()).contains("<blockquote type=\"cite\"><p>Numbers attached.</p><p>Cheers</p></blockquote>");
        assertThat(reply.threading()).containsEntry(ItemFields.IN_REPLY_TO, "<b2@example.org>")
                .containsEntry(ItemFields.REFERENCES, "<a1@example.org> <b2@example.org>")
                .containsEntry(ItemFields.CONVERSATION_TOPIC, "Budget");
        assertThat(reply.forwarded()).isEmpty();
    }

    @Test
    void replyAllKeepsEveryoneButMeAndNamesWithoutAddresses() {
        ItemDetail original = mail("Re: Plan", "Bob <bob@example.org>",
                "Alice <ALICE@example.org>; Carol <carol@example.org>; Dave Only; bob@example.org", null,
                "<p>Plan <script>alert(1)</script><img src='http://tracker.example/x.png'></p>", Map.of(), List.of());

        ComposeStart reply = starts.reply(original, true, ComposeStarts.addresses("alice@example.org", "alice"));

        assertThat(reply.to()).isEqualTo("Bob <bob@example.org>");
        assertThat(reply.cc()).isEqualTo("Carol <carol@example.org>");
        assertThat(reply.subject()).isEqualTo("Re: Plan");
        assertThat(reply.rich()).isTrue();
        assertThat(reply.bodyHtml()).contains("Plan").doesNotContain("script").doesNotContain("tracker");
        assertThat(reply.threading()).doesNotContainKey(ItemFields.IN_REPLY_TO)
                .containsEntry(ItemFields.CONVERSATION_TOPIC, "Plan");
    }

    @Test
    void replyAllToADraftUsesItsToAndCcFields() {
        ItemDetail original = mail("Minutes", "Bob <bob@example.org>", "x", "ok", null,
                Map.of(ItemFields.TO, "Carol <carol@example.org>\nalice@example.org", ItemFields.CC, "dave@example.org"),
                List.of());
        ComposeStart reply = starts.reply(original, true, Set.of("alice@example.org"));
        assertThat(reply.to()).isEqualTo("Bob <bob@example.org>, Carol <carol@example.org>");
        assertThat(reply.cc()).isEqualTo("dave@example.org");
    }

    @Test
    void aForwardCarriesTheHeaderTheBodyAndTheAttachments() {
        AttachmentInfo pdf = new AttachmentInfo(9, "report.pdf", "application/pdf", 1234, null);
        ItemDetail original = mail("Report", "Bob <bob@example.org>", "Alice <alice@example.org>", "See attached.",
                null, Map.of(ItemFields.CONVERSATION_TOPIC, "Quarterly report"), List.of(pdf));

        ComposeStart forward = starts.forward(original);

        assertThat(forward.to()).isEmpty();
        assertThat(forward.subject()).isEqualTo("Fw: Report");
        assertThat(forward.bodyText()).contains("-------- Forwarded Message --------\nSubject: Report\n")
                .contains("From: Bob <bob@example.org>\nTo: Alice <alice@example.org>\n\nSee attached.");
        assertThat(forward.bodyHtml()).contains("<td>Bob &lt;bob@example.org&gt;</td>").contains("<p>See attached.</p>");
        assertThat(forward.forwarded()).containsExactly(pdf);
        assertThat(forward.threading()).containsExactly(Map.entry(ItemFields.CONVERSATION_TOPIC, "Quarterly report"));
    }

    @Test
    void htmlBecomesTextWithQuotesAndBack() {
        assertThat(HtmlText.toText("<p>Hi&nbsp;there</p><div>two<br>three</div><blockquote><p>old</p><p>older</p></blockquote>"))
                .isEqualTo("Hi there\ntwo\nthree\n> old\n> older");
        assertThat(HtmlText.fromText("a < b\n\nc")).isEqualTo("<p>a &lt; b</p><p><br></p><p>c</p>");
        assertThat(HtmlText.bodyOf("<html><body contenteditable=\"true\"><p>x</p></body></html>")).isEqualTo("<p>x</p>");
    }

    @Test
    void recipientsSplitOutsideQuotesAndCompleteTheLastEntry() {
        assertThat(Recipients.split("\"Smith, Carol\" <c@example.org>; bob@example.org,, ")).containsExactly(
                "\"Smith, Carol\" <c@example.org>", "bob@example.org");
        assertThat(Recipients.invalid("bob@example.org, Carol, <x@y>, a@b <c")).containsExactly("Carol", "a@b <c");
        assertThat(Recipients.lastEntry("bob@example.org, \"Smith, Ca")).isEqualTo("\"Smith, Ca");
        assertThat(Recipients.completeLast("bob@example.org, ad", "Ada <ada@example.org>"))
                .isEqualTo("bob@example.org, Ada <ada@example.org>, ");
        assertThat(Recipients.completeLast("ad", "Ada <ada@example.org>")).isEqualTo("Ada <ada@example.org>, ");
    }
}
