package org.interchange.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DraftAttachment;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.MessageDraft;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeViewModelTest {
    @TempDir
    Path dir;
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private ComposeViewModel vm;

    @BeforeEach
    void setUp() {
        cache.addAccount("work", "alice@example.org");
        CachedFolder contacts = cache.addFolder("work", "contacts", null, "Contacts", FolderKind.CONTACTS);
        cache.addItem(contacts, "Ada Lovelace", "", Instant.EPOCH, true, null, null,
                Map.of(ItemFields.EMAIL, "ada@example.org"), List.of());
        cache.addItem(contacts, "Adam Smith", "", Instant.EPOCH, true, null, null,
                Map.of(ItemFields.EMAIL, "adam@example.org"), List.of());
        vm = new ComposeViewModel("work", "alice@example.org", cache, cache, executor,
                Clock.fixed(Instant.parse("2026-11-29T10:42:00Z"), ZoneOffset.UTC));
    }

    @Test
    void sendsWhatWasWrittenThroughTheCacheAndSaysSo() {
        vm.toProperty().set("Bob <bob@example.org>; \"Smith, Carol\" <carol@example.org>");
        vm.bccProperty().set("dave@example.org");
        vm.subjectProperty().set("  Budget  ");
        vm.bodyHtmlProperty().set("<p>Hello <b>Bob</b></p><p>Line two</p>");

        vm.send();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(cache.outgoing).isEmpty(); // nothing happens on the UI thread
        executor.runAll();

        MessageDraft sent = cache.lastDraft;
        assertThat(sent.to()).containsExactly("Bob <bob@example.org>", "\"Smith, Carol\" <carol@example.org>");
        assertThat(sent.bcc()).containsExactly("dave@example.org");
        assertThat(sent.subject()).isEqualTo("Budget");
        assertThat(sent.bodyHtml()).contains("<b>Bob</b>");
        assertThat(sent.bodyText()).isEqualTo("Hello Bob\nLine two");
        assertThat(vm.sentProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void refusesToSendWithoutRecipientsOrWithAnEntryThatIsNoAddress() {
        vm.subjectProperty().set("x");
        vm.send();
        assertThat(vm.errorProperty().get()).isEqualTo("Add at least one recipient");
        vm.toProperty().set("bob@example.org, Carol");
        vm.send();
        assertThat(vm.errorProperty().get()).isEqualTo("Not an e-mail address: Carol");
        assertThat(executor.pending()).isZero();
        assertThat(vm.sentProperty().get()).isFalse();
    }

    @Test
    void aFailedSendKeepsTheWindowOpenWithTheReason() {
        vm.toProperty().set("bob@example.org");
        cache.failReads = new IllegalStateException("disk full");
        vm.send();
        executor.runAll();
        assertThat(vm.sentProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("The message was not sent: disk full");
    }

    @Test
    void savingTwiceReplacesTheSameDraftAndSendingRemovesIt() {
        vm.subjectProperty().set("Plan");
        vm.saveDraft();
        executor.runAll();
        assertThat(vm.draftId()).isPresent();
        long first = vm.draftId().getAsLong();
        assertThat(vm.statusProperty().get()).isEqualTo("Draft saved at 10:42");

        vm.subjectProperty().set("Plan v2");
        vm.saveDraft();
        executor.runAll();
        assertThat(vm.draftId()).hasValue(first);
        assertThat(cache.outgoing).containsExactly("draft:Plan", "draft:Plan v2");
        assertThat(vm.titleBinding().get()).isEqualTo("Write: Plan v2");
    }

    @Test
    void plainTextIsSentWithoutHtmlAndSwitchingConvertsTheBody() {
        vm.richProperty().set(false);
        vm.bodyTextProperty().set("first line\n<not a tag>");
        vm.richProperty().set(true);
        assertThat(vm.bodyHtmlProperty().get()).isEqualTo("<p>first line</p><p>&lt;not a tag&gt;</p>");
        vm.richProperty().set(false);
        assertThat(vm.bodyTextProperty().get()).isEqualTo("first line\n<not a tag>");

        vm.toProperty().set("bob@example.org");
        vm.send();
        executor.runAll();
        assertThat(cache.lastDraft.bodyHtml()).isNull();
        assertThat(cache.lastDraft.bodyText()).isEqualTo("first line\n<not a tag>");
    }

    @Test
    void completesTheEntryBeingTypedFromContacts() {
        vm.toProperty().set("bob@example.org, ad");
        vm.suggest(ComposeViewModel.Field.TO);
        executor.runAll();
        assertThat(vm.completions()).containsExactly("Ada Lovelace <ada@example.org>", "Adam Smith <adam@example.org>");

        vm.complete(ComposeViewModel.Field.TO, vm.completions().getFirst());
        assertThat(vm.toProperty().get()).isEqualTo("bob@example.org, Ada Lovelace <ada@example.org>, ");
        assertThat(vm.completions()).isEmpty();

        vm.ccProperty().set("a");
        vm.suggest(ComposeViewModel.Field.CC);
        assertThat(executor.pending()).as("one letter is not looked up").isZero();
    }

    @Test
    void attachesFilesAndForwardsCachedAttachments() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "12345");
        vm.start(new ComposeStart("", "", "Fw: Report", "text", "<p>text</p>", true,
                List.of(new AttachmentInfo(7, "report.pdf", "application/pdf", 900, null)),
                Map.of(ItemFields.CONVERSATION_TOPIC, "Report")));
        vm.attach(file);
        executor.runAll();

        assertThat(vm.attachments()).extracting(ComposeAttachment::name, ComposeAttachment::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("report.pdf", 900L),
                        org.assertj.core.groups.Tuple.tuple("notes.txt", 5L));
        MessageDraft draft = vm.draft();
        assertThat(draft.attachments()).containsExactly(DraftAttachment.cached(7), DraftAttachment.file(file));
        assertThat(draft.threading()).containsEntry(ItemFields.CONVERSATION_TOPIC, "Report");

        vm.remove(vm.attachments().getFirst());
        assertThat(vm.draft().attachments()).containsExactly(DraftAttachment.file(file));
        vm.attach(dir.resolve("missing.bin"));
        executor.runAll();
        assertThat(vm.errorProperty().get()).startsWith("Cannot attach");
    }
}
