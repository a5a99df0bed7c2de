package org.interchange.mapi.client.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/** ICS downloads by the client against the real server on loopback with an H2 store. */
class IcsDownloadIntegrationTest extends EmbeddedServerFixture {
    Mailbox box;
    long folder;

    @Override
    protected void populate() {
        box = store.createMailbox("alice", "Alice", "alice@example.org");
        folder = store.createFolder(box, box.folderId(SpecialFolder.IPM_SUBTREE), "Sync", "IPF.Note").fid();
    }

    private MessageRecord message(String subject) {
        return store.createMessage(box, folder, new NewMessage(List.of(
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"), PropertyValue.of(PidTag.SUBJECT, subject),
                PropertyValue.of(PidTag.BODY, "Body of " + subject)),
                List.of(List.of(PropertyValue.of(PidTag.DISPLAY_NAME, "Bob"),
                        PropertyValue.of(PidTag.EMAIL_ADDRESS, "bob@example.org"))),
                List.of()));
    }

    /** Runs a download to its end and returns every event and the last state. */
    private static Result drain(IcsDownload download) {
        List<IcsEvent> events = new ArrayList<>();
        byte[] state = null;
        int batches = 0;
        while (download.hasNext()) {
            IcsBatch batch = download.next();
            events.addAll(batch.events());
            state = batch.state();
            batches++;
            if (!download.hasNext()) {
                assertThat(batch.complete()).isTrue();
            }
        }
        return new Result(events, state, batches);
    }

    record Result(List<IcsEvent> events, byte[] state, int batches) {
        List<IcsMessage> changes() {
            return events.stream().filter(e -> e instanceof IcsEvent.MessageChanged)
                    .map(e -> ((IcsEvent.MessageChanged) e).message()).toList();
        }

        List<Long> deleted() {
            return events.stream().filter(e -> e instanceof IcsEvent.Deleted)
                    .flatMap(e -> ((IcsEvent.Deleted) e).ids().stream()).toList();
        }

        List<Long> read() {
            return events.stream().filter(e -> e instanceof IcsEvent.ReadStateChanged)
                    .flatMap(e -> ((IcsEvent.ReadStateChanged) e).read().stream()).toList();
        }

        List<Long> unread() {
            return events.stream().filter(e -> e instanceof IcsEvent.ReadStateChanged)
                    .flatMap(e -> ((IcsEvent.ReadStateChanged) e).unread().stream()).toList();
        }
    }

    @Test
    void anIncrementalSyncOfAHundredChangesReturnsExactlyThoseChanges() {
        List<MessageRecord> initial = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            initial.add(message("m" + i));
        }
        IcsDownloadOptions options = IcsDownloadOptions.defaults().withMaxChangesPerBatch(25);
        try (MapiSession session = connect()) {
            Result first = drain(session.downloadContents(folder, new byte[0], options));
            assertThat(first.changes()).extracting(IcsMessage::messageId)
                    .containsExactlyInAnyOrderElementsOf(initial.stream().map(MessageRecord::mid).toList());
            assertThat(first.batches()).isGreaterThanOrEqualTo(4);
            IcsMessage any = first.changes().getFirst();
            assertThat(any.properties().string(PidTag.SUBJECT)).startsWith("m");
            assertThat(any.properties().string(PidTag.BODY)).startsWith("Body of m");
            assertThat(any.recipients()).singleElement()
                    .satisfies(r -> assertThat(r.string(PidTag.EMAIL_ADDRESS)).isEqualTo("bob@example.org"));
            assertThat(any.changeKey()).hasSize(22);
            assertThat(first.events()).first().isInstanceOf(IcsEvent.Progress.class);

            Set<Long> changed = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                MessageRecord m = initial.get(i);
                changed.add(store.saveMessage(box, folder, m.mid(), NewMessage.of(List.of(
                        PropertyValue.of(PidTag.SUBJECT, "edited " + i))), false, null).mid());
            }
            for (int i = 0; i < 30; i++) {
                changed.add(message("new" + i).mid());
            }
            List<Long> deleted = initial.subList(30, 50).stream().map(MessageRecord::mid).toList();
            store.deleteMessages(box, folder, deleted);
            List<Long> read = initial.subList(50, 70).stream().map(MessageRecord::mid).toList();
            read.forEach(mid -> store.setRead(box, mid, true));

            Result second = drain(session.downloadContents(folder, first.state(), options));
            assertThat(second.changes()).extracting(IcsMessage::messageId).containsExactlyInAnyOrderElementsOf(changed);
            assertThat(second.deleted()).containsExactlyInAnyOrderElementsOf(deleted);
            assertThat(second.read()).containsExactlyInAnyOrderElementsOf(read);
            assertThat(second.unread()).isEmpty();
            assertThat(second.changes()).filteredOn(m -> m.properties().string(PidTag.SUBJECT).startsWith("edited"))
                    .hasSize(30);

            store.setRead(box, read.getFirst(), false);
            Result third = drain(session.downloadContents(folder, second.state(), options));
            assertThat(third.changes()).isEmpty();
            assertThat(third.deleted()).isEmpty();
            assertThat(third.unread()).containsExactly(read.getFirst());

            Result quiet = drain(session.downloadContents(folder, third.state(), options));
            assertThat(quiet.changes()).isEmpty();
            assertThat(quiet.deleted()).isEmpty();
            assertThat(quiet.read()).isEmpty();
            assertThat(quiet.unread()).isEmpty();
        }
    }

    @Test
    void aDownloadCutAfterABatchResumesWithoutDuplicatesOrLosses() {
        Set<Long> all = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            all.add(message("m" + i).mid());
        }
        IcsDownloadOptions options = IcsDownloadOptions.defaults().withMaxChangesPerBatch(10);
        try (MapiSession session = connect()) {
            IcsDownload download = session.downloadContents(folder, null, options);
            IcsBatch firstBatch = download.next();
            download.close();
            List<Long> got = new ArrayList<>(firstBatch.events().stream()
                    .filter(e -> e instanceof IcsEvent.MessageChanged)
                    .map(e -> ((IcsEvent.MessageChanged) e).message().messageId()).toList());
            assertThat(got).hasSize(10);
            assertThat(firstBatch.complete()).isFalse();

            Result rest = drain(session.downloadContents(folder, firstBatch.state(), options));
            rest.changes().forEach(m -> got.add(m.messageId()));
            assertThat(got).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void largeMessagesArriveThroughPartialBuffers() {
        byte[] data = new byte[300_000];
        new Random(3).nextBytes(data);
        MessageRecord big = store.createMessage(box, folder, new NewMessage(List.of(
                PropertyValue.of(PidTag.SUBJECT, "big")), List.of(), List.of(List.of(
                PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "blob.bin"),
                PropertyValue.of(PidTag.ATTACH_DATA_BINARY, data)))));
        try (MapiSession session = connect()) {
            Result withAttachments = drain(session.downloadContents(folder, null, IcsDownloadOptions.defaults()));
            IcsMessage m = withAttachments.changes().getFirst();
            assertThat(m.messageId()).isEqualTo(big.mid());
            assertThat(m.attachments()).singleElement()
                    .satisfies(a -> assertThat(a.bytes(PidTag.ATTACH_DATA_BINARY)).isEqualTo(data));

            Result without = drain(session.downloadContents(folder, null,
                    IcsDownloadOptions.defaults().withAttachments(false).withBodies(false)));
            assertThat(without.changes().getFirst().attachments()).isEmpty();
        }
    }

    @Test
    void hierarchyDownloadReportsNewChangedAndDeletedFolders() {
        long root = box.folderId(SpecialFolder.IPM_SUBTREE);
        FolderRecord projects = store.createFolder(box, folder, "Projects", "IPF.Note");
        FolderRecord old = store.createFolder(box, projects.fid(), "Old", "IPF.Note");
        try (MapiSession session = connect()) {
            Result first = drain(session.downloadHierarchy(root, null, IcsDownloadOptions.defaults()));
            List<IcsFolder> folders = first.events().stream().filter(e -> e instanceof IcsEvent.FolderChanged)
                    .map(e -> ((IcsEvent.FolderChanged) e).folder()).toList();
            assertThat(folders).extracting(IcsFolder::displayName).contains("Inbox", "Sync", "Projects", "Old");
            IcsFolder oldFolder = folders.stream().filter(f -> f.displayName().equals("Old")).findFirst().orElseThrow();
            assertThat(oldFolder.parentFolderId()).isEqualTo(projects.fid());
            assertThat(oldFolder.parentSourceKey()).hasSize(22);

            store.updateFolder(box, projects.fid(), "Projects 2026", "IPF.Note", null);
            store.deleteFolder(box, old.fid());
            FolderRecord fresh = store.createFolder(box, root, "Fresh", "IPF.Task");

            Result second = drain(session.downloadHierarchy(root, first.state(), IcsDownloadOptions.defaults()));
            assertThat(second.events().stream().filter(e -> e instanceof IcsEvent.FolderChanged)
                    .map(e -> ((IcsEvent.FolderChanged) e).folder().folderId()))
                    .containsExactlyInAnyOrder(projects.fid(), fresh.fid());
            assertThat(second.deleted()).containsExactly(old.fid());
        }
    }

    @Test
    void aDamagedStateOrOneOfAnotherFolderIsRejected() {
        message("one");
        try (MapiSession session = connect()) {
            byte[] state = drain(session.downloadContents(folder, null, IcsDownloadOptions.defaults())).state();
            byte[] mangled = state.clone();
            mangled[mangled.length / 2] ^= 0x5A;
            long inbox = box.folderId(SpecialFolder.INBOX);

            assertThatThrownBy(() -> session.downloadContents(folder, mangled, IcsDownloadOptions.defaults()))
                    .isInstanceOf(IcsStateRejectedException.class).hasMessageContaining("damaged");
            assertThatThrownBy(() -> session.downloadContents(inbox, state, IcsDownloadOptions.defaults()))
                    .isInstanceOf(IcsStateRejectedException.class).hasMessageContaining("belongs to folder");
            assertThatThrownBy(() -> session.downloadHierarchy(folder, state, IcsDownloadOptions.defaults()))
                    .isInstanceOf(IcsStateRejectedException.class).hasMessageContaining("contents");
            assertThatThrownBy(() -> session.downloadContents(folder, new byte[] {1, 2, 3}, IcsDownloadOptions.defaults()))
                    .isInstanceOf(IcsStateRejectedException.class);
            assertThat(drain(session.downloadContents(folder, state, IcsDownloadOptions.defaults())).changes()).isEmpty();
        }
    }

    @Test
    void downloadsStartedTogetherMatchSingleDownloadsAndFailOneByOne() {
        long second = store.createFolder(box, box.folderId(SpecialFolder.IPM_SUBTREE), "Second", "IPF.Note").fid();
        long third = store.createFolder(box, box.folderId(SpecialFolder.IPM_SUBTREE), "Third", "IPF.Note").fid();
        for (int i = 0; i < 5; i++) {
            message("first " + i);
        }
        byte[] big = new byte[200_000];
        new Random(5).nextBytes(big);
        store.createMessage(box, second, new NewMessage(List.of(PropertyValue.of(PidTag.SUBJECT, "big")), List.of(),
                List.of(List.of(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "blob.bin"),
                        PropertyValue.of(PidTag.ATTACH_DATA_BINARY, big)))));
        IcsDownloadOptions options = IcsDownloadOptions.defaults();
        try (MapiSession session = connect()) {
            byte[] firstState = drain(session.downloadContents(folder, null, options)).state();
            MessageRecord added = message("first new");

            List<IcsDownload> downloads = session.downloadContents(List.of(
                    new IcsDownload.FolderState(folder, firstState), new IcsDownload.FolderState(second, null),
                    new IcsDownload.FolderState(third, null), new IcsDownload.FolderState(0x7777_0001L, null),
                    new IcsDownload.FolderState(third, new byte[] {1, 2, 3})), options);

            assertThat(drain(downloads.get(0)).changes()).extracting(IcsMessage::messageId)
                    .containsExactly(added.mid());
            Result secondResult = drain(downloads.get(1));
            assertThat(secondResult.changes()).singleElement().satisfies(m -> assertThat(
                    m.attachments().getFirst().bytes(PidTag.ATTACH_DATA_BINARY)).isEqualTo(big));
            Result thirdResult = drain(downloads.get(2));
            assertThat(thirdResult.changes()).isEmpty();
            assertThatThrownBy(() -> downloads.get(3).next()).isInstanceOf(MapiOperationException.class);
            assertThatThrownBy(() -> downloads.get(4).next()).isInstanceOf(IcsStateRejectedException.class);

            assertThat(drain(session.downloadContents(second, secondResult.state(), options)).changes()).isEmpty();
            assertThat(drain(session.downloadContents(third, thirdResult.state(), options)).changes()).isEmpty();
        }
    }

    @Test
    void aRestrictedDownloadSendsOnlyMatchingMessagesAndReportsThoseThatLeaveItsScope() {
        List<MessageRecord> alpha = new ArrayList<>();
        List<MessageRecord> beta = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            alpha.add(message("Alpha " + i));
            beta.add(message("beta " + i));
        }
        Restriction onlyAlpha = new Restriction.Content(Restriction.Content.SUBSTRING, Restriction.Content.IGNORECASE,
                PidTag.SUBJECT, PropertyValue.of(PidTag.SUBJECT, "alpha"));
        IcsDownloadOptions options = IcsDownloadOptions.defaults().withRestriction(onlyAlpha);
        try (MapiSession session = connect()) {
            Result first = drain(session.downloadContents(folder, null, options));
            assertThat(first.changes()).extracting(IcsMessage::messageId)
                    .containsExactlyInAnyOrderElementsOf(alpha.stream().map(MessageRecord::mid).toList());

            long leaves = alpha.get(0).mid();
            long enters = beta.get(0).mid();
            store.saveMessage(box, folder, leaves, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "beta now"))),
                    false, null);
            store.saveMessage(box, folder, enters, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "ALPHA now"))),
                    false, null);
            store.setRead(box, beta.get(1).mid(), true);
            store.setRead(box, alpha.get(1).mid(), true);

            Result second = drain(session.downloadContents(folder, first.state(), options));
            assertThat(second.changes()).extracting(IcsMessage::messageId).containsExactly(enters);
            assertThat(second.deleted()).containsExactly(leaves);
            assertThat(second.read()).containsExactly(alpha.get(1).mid());

            Result quiet = drain(session.downloadContents(folder, second.state(), options));
            assertThat(quiet.changes()).isEmpty();
            assertThat(quiet.deleted()).isEmpty();

            Restriction recipients = new Restriction.SubObject(new PropertyTag(0x0E12000D), onlyAlpha);
            assertThatThrownBy(() -> session.downloadContents(folder, null,
                    IcsDownloadOptions.defaults().withRestriction(recipients)))
                    .isInstanceOf(MapiOperationException.class);
        }
    }
}
