package org.interchange.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.interchange.ui.internal.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingPaneViewModelTest {
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private final Formats formats = new Formats(Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC),
            Locale.UK);
    private final ReadingPaneViewModel model = new ReadingPaneViewModel(cache, cache, executor, formats);
    private final CachedFolder inbox;

    ReadingPaneViewModelTest() {
        cache.addAccount("a", "Work");
        inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
    }

    @Test
    void showsTheHeaderAndTheSanitizedHtmlBody() {
        ItemSummary mail = cache.addItem(inbox, "Quarterly report", "Alice <alice@example.org>",
                Instant.parse("2026-11-20T09:30:00Z"), true, "PLAINBODY",
                "<p>Numbers</p><script>alert(1)</script><img src='http://tracker.example/p.gif'>", Map.of(),
                List.of(new AttachmentInfo(7, "report.pdf", "application/pdf", 2048, null)));

        model.show(mail);
        assertThat(model.stateProperty().get()).isEqualTo(ReadingPaneViewModel.State.LOADING);
        assertThat(model.subjectProperty().get()).isEqualTo("Quarterly report");
        executor.runAll();

        assertThat(model.stateProperty().get()).isEqualTo(ReadingPaneViewModel.State.SHOWN);
        assertThat(model.fields()).extracting(DetailField::label).containsExactly("From", "To", "Date");
        assertThat(model.fields().getFirst().value()).isEqualTo("Alice <alice@example.org>");
        assertThat(model.fields().get(2).value()).contains("20 Nov 2026");
        assertThat(model.attachments()).extracting(AttachmentInfo::fileName).containsExactly("report.pdf");
        assertThat(model.blockedImagesProperty().get()).isEqualTo(1);
        assertThat(model.documentProperty().get()).contains("<p>Numbers</p>")
                .doesNotContain("alert", "tracker.example", "PLAINBODY", "<img");
    }

    @Test
    void theCategoriesFollowTheItemAsTheCacheChangesThem() {
        ItemSummary mail = cache.addItem(inbox, "Tagged", "Alice <alice@example.org>", Instant.EPOCH, true, "Hi",
                null, Map.of(org.interchange.cache.api.ItemFields.CATEGORIES, "Red category\nProject X"), List.of());
        model.show(mail);
        executor.runAll();
        assertThat(model.categories()).containsExactly("Red category", "Project X");

        cache.setCategories(mail.id(), List.of("Blue category"));
        executor.runAll();
        assertThat(model.categories()).containsExactly("Blue category");

        model.show(null);
        assertThat(model.categories()).isEmpty();
    }

    @Test
    void remoteImagesLoadOnlyOnceAllowedForTheMessageOrTheSender() {
        String html = "<p>News</p><img src='https://images.example/p.png'><script>alert(1)</script>";
        ItemSummary first = cache.addItem(inbox, "Issue 1", "News <NEWS@example.org>", Instant.EPOCH, true, null, html,
                Map.of(), List.of());
        ItemSummary second = cache.addItem(inbox, "Issue 2", "news@example.org", Instant.EPOCH, true, null, html,
                Map.of(), List.of());
        model.show(first);
        executor.runAll();
        assertThat(model.blockedImagesProperty().get()).isEqualTo(1);
        assertThat(model.senderAddressProperty().get()).isEqualTo("news@example.org");
        assertThat(model.documentProperty().get()).doesNotContain("images.example").contains("img-src data:;");

        model.allowRemoteContent();
        executor.runAll();
        assertThat(cache.edits).containsExactly("allowRemote:" + first.id());
        assertThat(model.blockedImagesProperty().get()).isZero();
        assertThat(model.documentProperty().get()).contains("<img src=\"https://images.example/p.png\">")
                .contains("img-src data: http: https:").doesNotContain("alert");

        model.show(second);
        executor.runAll();
        assertThat(model.blockedImagesProperty().get()).isEqualTo(1);
        model.allowRemoteContentFromSender();
        executor.runAll();
        assertThat(cache.edits).contains("allowRemoteFrom:news@example.org");
        assertThat(model.blockedImagesProperty().get()).isZero();
        assertThat(model.documentProperty().get()).contains("images.example");
    }

    @Test
    void attachmentsAreOpenedFromAFileOnlyTheUserCanRead() throws Exception {
        AttachmentInfo pdf = new AttachmentInfo(31, "../report.pdf", "application/pdf", 3, null);
        cache.putAttachmentContent(31, new byte[] {1, 2, 3});
        java.util.List<Path> opened = new java.util.ArrayList<>();

        model.openAttachment(pdf, opened::add, problem -> { throw new AssertionError(problem); });
        assertThat(opened).isEmpty();
        executor.runAll();

        Path file = opened.getFirst();
        assertThat(file.getFileName().toString()).isEqualTo("report.pdf");
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        }
        Files.delete(file);
        Files.delete(file.getParent());
    }

    @Test
    void showsPlainTextEscapedWhenThereIsNoHtml() {
        ItemSummary mail = cache.addItem(inbox, "Text", "x", Instant.EPOCH, true, "a < b\nsecond line", null,
                Map.of(), List.of());
        model.show(mail);
        executor.runAll();
        assertThat(model.documentProperty().get()).contains("a &lt; b\nsecond line");
    }

    @Test
    void embedsInlineImagesAndDoesNotListThemAsAttachments() {
        ItemSummary mail = cache.addItem(inbox, "Logo", "x", Instant.EPOCH, true, null,
                "<img src=\"cid:logo@x\">", Map.of(),
                List.of(new AttachmentInfo(9, "logo.png", "image/png", 3, "<logo@x>")));
        cache.putAttachmentContent(9, new byte[] {'A', 'B', 'C'});
        model.show(mail);
        executor.runAll();
        assertThat(model.documentProperty().get()).contains("src=\"data:image/png;base64,QUJD\"");
        assertThat(model.attachments()).isEmpty();
    }

    @Test
    void appointmentsTasksContactsAndNotesHaveTheirOwnHeaderLines() {
        CachedFolder calendar = cache.addFolder("a", "cal", null, "Calendar", FolderKind.CALENDAR);
        ItemSummary meeting = cache.addItem(calendar, "Standup", "Carol", Instant.parse("2026-11-30T09:00:00Z"),
                true, "agenda", null,
                Map.of(ItemFields.LOCATION, "Room 4", ItemFields.RECURRENCE, "FREQ=WEEKLY;INTERVAL=2"), List.of());
        model.show(meeting);
        executor.runAll();
        assertThat(model.fields()).contains(new DetailField("Location", "Room 4"),
                new DetailField("Recurrence", "Every 2 weeks"));
        assertThat(model.fields()).extracting(DetailField::label).startsWith("Start", "End");

        CachedFolder tasks = cache.addFolder("a", "tasks", null, "Tasks", FolderKind.TASKS);
        ItemSummary task = cache.addItem(tasks, "Write docs", null, Instant.parse("2026-12-01T00:00:00Z"), true,
                null, null, Map.of(ItemFields.TASK_STATUS, "1", ItemFields.PERCENT_COMPLETE, "0.5"), List.of());
        model.show(task);
        executor.runAll();
        assertThat(model.fields()).contains(new DetailField("Status", "In progress"),
                new DetailField("Complete", "50 %"));
    }

    @Test
    void savesAnAttachmentInTheBackground(@TempDir Path dir) throws Exception {
        AttachmentInfo report = new AttachmentInfo(7, "../../etc/report.pdf", "application/pdf", 3, null);
        cache.putAttachmentContent(7, new byte[] {1, 2, 3});
        List<String> outcome = new java.util.ArrayList<>();
        Path target = dir.resolve(ReadingPaneViewModel.suggestedFileName(report));

        model.saveAttachment(report, target, outcome::add);
        assertThat(target).doesNotExist();
        executor.runAll();

        assertThat(target.getFileName().toString()).isEqualTo("report.pdf");
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(outcome).containsExactly((String) null);

        model.saveAttachment(report, dir.resolve("missing-dir").resolve("x.pdf"), outcome::add);
        executor.runAll();
        assertThat(outcome.get(1)).startsWith("Could not save ../../etc/report.pdf");
    }

    @Test
    void suggestedFileNamesAreSafe() {
        assertThat(ReadingPaneViewModel.suggestedFileName(new AttachmentInfo(1, "C:\\x\\a:b.txt", "t", 1, null)))
                .isEqualTo("a_b.txt");
        assertThat(ReadingPaneViewModel.suggestedFileName(new AttachmentInfo(1, "..", "t", 1, null)))
                .isEqualTo("attachment");
        assertThat(ReadingPaneViewModel.suggestedFileName(new AttachmentInfo(1, null, "t", 1, null)))
                .isEqualTo("attachment");
    }

    @Test
    void onlyTheLastSelectedItemIsShown() {
        ItemSummary first = cache.addMail(inbox, "first", "x", Instant.EPOCH, true);
        ItemSummary second = cache.addMail(inbox, "second", "x", Instant.EPOCH, true);
        model.show(first);
        model.show(second);
        executor.runAll();
        assertThat(model.subjectProperty().get()).isEqualTo("second");
        assertThat(model.documentProperty().get()).contains("Body of second");
    }

    @Test
    void clearingTheSelectionEmptiesThePane() {
        model.show(cache.addMail(inbox, "first", "x", Instant.EPOCH, true));
        executor.runAll();
        model.show(null);
        assertThat(model.stateProperty().get()).isEqualTo(ReadingPaneViewModel.State.EMPTY);
        assertThat(model.fields()).isEmpty();
        assertThat(model.subjectProperty().get()).isEmpty();
    }

    @Test
    void aCacheEventOfTheItemsFolderRereadsIt() {
        ItemSummary mail = cache.addMail(inbox, "first", "x", Instant.EPOCH, false);
        model.show(mail);
        executor.runAll();
        cache.setRead(mail.id(), true);
        assertThat(executor.runAll()).isEqualTo(1);
        assertThat(model.stateProperty().get()).isEqualTo(ReadingPaneViewModel.State.SHOWN);
    }
}
