package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.cache.h2.H2CacheStoreTest.commit;
import static org.interchange.cache.h2.TestItems.ACCOUNT;
import static org.interchange.cache.h2.TestItems.T0;
import static org.interchange.cache.h2.TestItems.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.DraftAttachment;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.FolderRole;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.api.OfflineState;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.PendingOperation.Kind;
import org.interchange.cache.spi.PendingOperationLog;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.cache.spi.UploadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheEditsTest {

    @TempDir
    Path dir;
    H2CacheStore store;
    BackendStorage storage;

    @BeforeEach
    void fill() {
        store = H2CacheStore.open(dir.resolve("profile"));
        storage = TestItems.account(store,
                new RemoteFolder("inbox", null, "Inbox", FolderKind.MAIL, FolderRole.INBOX),
                new RemoteFolder("archive", null, "Archive", FolderKind.MAIL),
                new RemoteFolder("drafts", null, "Drafts", FolderKind.MAIL, FolderRole.DRAFTS),
                new RemoteFolder("outbox", null, "Outbox", FolderKind.MAIL, FolderRole.OUTBOX),
                new RemoteFolder("deleted", null, "Deleted Items", FolderKind.MAIL, FolderRole.DELETED),
                new RemoteFolder("calendar", null, "Calendar", FolderKind.CALENDAR),
                new RemoteFolder("contacts", null, "Contacts", FolderKind.CONTACTS));
        commit(storage.folder("inbox"), b -> {
            b.upsert(mail("a", false));
            b.upsert(mail("b", true));
        });
        commit(storage.folder("contacts"), b -> b.upsert(contact("k1", "rev-1", "Ada Lovelace")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void foldersCarryTheirRoles() {
        assertThat(folder("deleted").role()).isEqualTo(FolderRole.DELETED);
        assertThat(folder("archive").role()).isEqualTo(FolderRole.NONE);
    }

    @Test
    void flaggingRecordsAnOperationAndSurvivesAServerWriteUntilUploaded() {
        store.setFlagged(item("inbox", "a").id(), true);

        assertThat(item("inbox", "a").flagged()).isTrue();
        assertThat(item("inbox", "a").state()).isEqualTo(OfflineState.LOCALLY_MODIFIED);
        assertThat(ops()).containsExactly("SET_FLAGGED inbox a true");

        commit(storage.folder("inbox"), b -> b.upsert(mail("a", false)));
        assertThat(item("inbox", "a").flagged()).isTrue();

        log().markDone(log().pending().getFirst().id(), new UploadResult(null, "rev-2"));
        assertThat(item("inbox", "a").state()).isEqualTo(OfflineState.SYNCED);
    }

    @Test
    void deletingMovesToDeletedItemsWhereTheCopyTakesItsServerIdOnceUploaded() {
        OptionalLong moved = store.delete(item("inbox", "a").id(), DeleteMode.TO_DELETED_ITEMS);

        assertThat(moved).isPresent();
        assertThat(ids("inbox")).containsExactly("b");
        assertThat(ids("deleted")).containsExactly("a");
        assertThat(folder("inbox").totalCount()).isEqualTo(1);
        assertThat(folder("inbox").unreadCount()).isZero();
        assertThat(folder("deleted").unreadCount()).isEqualTo(1);
        assertThat(ops()).containsExactly("MOVE inbox a deleted");

        // a download of the Inbox before the upload still has "a": it stays hidden, no duplicate
        commit(storage.folder("inbox"), b -> b.upsert(mail("a", false)));
        assertThat(ids("inbox")).containsExactly("b");

        log().markDone(log().pending().getFirst().id(), new UploadResult("a2", "rev-9"));
        assertThat(ids("deleted")).containsExactly("a2");
        assertThat(store.item(moved.getAsLong()).orElseThrow().summary().state()).isEqualTo(OfflineState.SYNCED);
        assertThat(rowsOf("inbox")).isEqualTo(1);
        assertThat(log().pending()).isEmpty();
    }

    @Test
    void deletingInDeletedItemsOrPermanentlyHidesTheItemUntilTheDeleteIsUploaded() {
        long inDeleted = store.delete(item("inbox", "a").id(), DeleteMode.TO_DELETED_ITEMS).orElseThrow();
        assertThat(store.delete(inDeleted, DeleteMode.TO_DELETED_ITEMS)).isEmpty();
        assertThat(ops()).containsExactly("DELETE inbox a null");
        assertThat(ids("deleted")).isEmpty();

        long itemB = item("inbox", "b").id();
        store.delete(itemB, DeleteMode.PERMANENTLY);
        assertThat(ids("inbox")).isEmpty();
        assertThat(folder("inbox").totalCount()).isZero();
        assertThat(store.item(itemB)).isEmpty();
        commit(storage.folder("inbox"), b -> b.upsert(mail("b", true)));
        assertThat(ids("inbox")).isEmpty();

        for (PendingOperation op : log().pending()) {
            log().markDone(op.id(), UploadResult.DONE);
        }
        assertThat(rowsOf("inbox")).isZero();
        assertThat(rowsOf("deleted")).isZero();
    }

    @Test
    void movingBackHomeCancelsTheMove() {
        long copy = store.move(item("inbox", "a").id(), folder("archive").id());
        store.setRead(copy, true);
        long back = store.move(copy, folder("inbox").id());

        assertThat(ids("inbox")).containsExactly("a", "b");
        assertThat(ids("archive")).isEmpty();
        assertThat(ops()).containsExactly("SET_READ inbox a true");
        assertThat(store.item(back).orElseThrow().summary().read()).isTrue();
        assertThat(folder("inbox").unreadCount()).isZero();
    }

    @Test
    void aMovedItemMovedOnRetargetsTheOneMove() {
        long copy = store.move(item("inbox", "a").id(), folder("archive").id());
        store.setFlagged(copy, true);
        store.move(copy, folder("deleted").id());

        assertThat(ops()).containsExactly("MOVE inbox a deleted", "SET_FLAGGED deleted a true");
        log().markDone(log().pending().getFirst().id(), new UploadResult("a7", null));
        assertThat(ops()).containsExactly("SET_FLAGGED deleted a7 true");
        assertThat(item("deleted", "a7").state()).isEqualTo(OfflineState.LOCALLY_MODIFIED);
    }

    @Test
    void aMoveUploadedWithoutTheNewIdKeepsAnEditOfTheMovedItemAsAConflictCopy() {
        long copy = store.move(item("contacts", "k1").id(), folder("archive").id());
        store.update(copy, ItemContent.contact("Ada King", null, null, null, null, null, null));

        log().markDone(log().pending().getFirst().id(), UploadResult.DONE);

        assertThat(store.items(folder("archive").id(), ItemSort.SUBJECT, 0, 10)).singleElement().satisfies(s -> {
            assertThat(s.subject()).isEqualTo("Ada King");
            assertThat(s.state()).isEqualTo(OfflineState.LOCALLY_CREATED);
        });
        assertThat(ops()).singleElement().satisfies(op -> assertThat(op).startsWith("CREATE archive local:"));
        assertThat(rowsOf("contacts")).isZero();
    }

    @Test
    void aMoveToAnotherAccountIsRefused() {
        store.saveAccount(new org.interchange.cache.api.AccountInfo("acc-2", "Home", "mapi", null, null));
        store.storage("acc-2").replaceFolders(List.of(new RemoteFolder("x", null, "X", FolderKind.MAIL)));
        long other = store.folders("acc-2").getFirst().id();

        assertThatThrownBy(() -> store.move(item("inbox", "a").id(), other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acc-2");
        assertThat(log().pending()).isEmpty();
    }

    @Test
    void aReplayedCreationTheServerChangedSinceGivesWayToTheServersVersion() {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        long kept = store.create(folder("calendar").id(),
                ItemContent.appointment("Plan", start, start.plusSeconds(3600), null, false, null));
        long replaced = store.create(folder("calendar").id(),
                ItemContent.appointment("Retro", start, start.plusSeconds(3600), null, false, null));
        List<PendingOperation> creates = log().pending();
        commit(storage.folder("calendar"), b -> b.upsert(new RemoteItem("srv-2", "rev-9", ItemKind.APPOINTMENT,
                "Retro (moved)", null, null, start, start.plusSeconds(1800), 10, true, false, null, null, Map.of(),
                List.of(), null)));

        log().markDone(creates.get(0).id(), UploadResult.serverNewer("srv-1"));
        log().markDone(creates.get(1).id(), UploadResult.serverNewer("srv-2"));

        assertThat(ids("calendar")).containsExactlyInAnyOrder("srv-1", "srv-2");
        assertThat(store.item(kept).orElseThrow().summary()).satisfies(s -> {
            assertThat(s.serverId()).isEqualTo("srv-1");
            assertThat(s.state()).isEqualTo(OfflineState.SYNCED);
        });
        assertThat(store.item(replaced)).isEmpty();
        assertThat(item("calendar", "srv-2").subject()).isEqualTo("Retro (moved)");
        assertThat(log().pending()).isEmpty();
        assertThat(folder("calendar").totalCount()).isEqualTo(2);
    }

    @Test
    void createdItemsWaitWithTheirContentAndTakeTheServerIdWithoutDuplicates() {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        long id = store.create(folder("calendar").id(),
                ItemContent.appointment("Review", start, start.plusSeconds(3600), "Room 1", false, "Agenda"));

        ItemDetail created = store.item(id).orElseThrow();
        assertThat(created.summary().state()).isEqualTo(OfflineState.LOCALLY_CREATED);
        assertThat(created.summary().kind()).isEqualTo(ItemKind.APPOINTMENT);
        assertThat(created.field(ItemFields.LOCATION)).isEqualTo("Room 1");
        assertThat(folder("calendar").totalCount()).isEqualTo(1);
        PendingOperation op = log().load(log().pending().getFirst().id()).orElseThrow();
        assertThat(op.kind()).isEqualTo(Kind.CREATE);
        assertThat(op.item().subject()).isEqualTo("Review");
        assertThat(op.item().endDate()).isEqualTo(start.plusSeconds(3600));

        store.update(id, ItemContent.appointment("Review v2", start, start.plusSeconds(1800), null, false, null));
        assertThat(log().pending()).hasSize(1);

        log().markDone(op.id(), new UploadResult("srv-1", "rev-1"));
        commit(storage.folder("calendar"), b -> b.upsert(new RemoteItem("srv-1", "rev-1", ItemKind.APPOINTMENT,
                "Review v2", null, null, start, start.plusSeconds(1800), 10, true, false, null, null, Map.of(),
                List.of(), null)));
        assertThat(ids("calendar")).containsExactly("srv-1");
        assertThat(item("calendar", "srv-1").state()).isEqualTo(OfflineState.SYNCED);
        assertThat(folder("calendar").totalCount()).isEqualTo(1);
    }

    @Test
    void deletingALocallyCreatedItemLeavesNothingToUpload() {
        long id = store.create(folder("contacts").id(), ItemContent.contact("Grace", "g@example.org", null, null,
                null, null, null));
        store.delete(id, DeleteMode.PERMANENTLY);
        assertThat(log().pending()).isEmpty();
        assertThat(ids("contacts")).containsExactly("k1");
    }

    @Test
    void anEditedItemTheServerChangedToo_keepsBothVersions() {
        long id = item("contacts", "k1").id();
        store.update(id, ItemContent.contact("Ada King", "ada@example.org", "Analytical", null, null, null, null));
        assertThat(ops()).containsExactly("UPDATE contacts k1 null");

        commit(storage.folder("contacts"), b -> b.upsert(contact("k1", "rev-1", "Ada Lovelace")));
        assertThat(item("contacts", "k1").subject()).isEqualTo("Ada King");

        commit(storage.folder("contacts"), b -> b.upsert(contact("k1", "rev-2", "Countess Lovelace")));

        List<ItemSummary> contacts = store.items(folder("contacts").id(), ItemSort.SUBJECT, 0, 10);
        assertThat(contacts).extracting(ItemSummary::subject).containsExactly("Ada King", "Countess Lovelace");
        ItemSummary copy = contacts.getFirst();
        assertThat(copy.state()).isEqualTo(OfflineState.LOCALLY_CREATED);
        assertThat(store.item(copy.id()).orElseThrow().field(ItemFields.CONFLICT)).isNotNull();
        assertThat(store.item(copy.id()).orElseThrow().field(ItemFields.COMPANY)).isEqualTo("Analytical");
        assertThat(item("contacts", "k1").state()).isEqualTo(OfflineState.SYNCED);
        assertThat(ops()).containsExactly("CREATE contacts " + copy.serverId() + " null");
        assertThat(folder("contacts").totalCount()).isEqualTo(2);
    }

    @Test
    void anUpdateRefusedAsAConflictKeepsTheLocalVersionAsACopy() {
        long id = item("contacts", "k1").id();
        store.update(id, ItemContent.contact("Ada King", null, null, null, null, null, null));

        log().markConflict(log().pending().getFirst().id(), false);

        assertThat(store.items(folder("contacts").id(), ItemSort.SUBJECT, 0, 10))
                .extracting(ItemSummary::subject, ItemSummary::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada King", OfflineState.LOCALLY_CREATED),
                        org.assertj.core.groups.Tuple.tuple("Ada King", OfflineState.SYNCED));
        assertThat(log().pending()).singleElement().extracting(PendingOperation::kind).isEqualTo(Kind.CREATE);
    }

    @Test
    void anEditedItemDeletedOnTheServerLivesOnAsAConflictCopy() {
        store.update(item("contacts", "k1").id(), ItemContent.contact("Ada King", null, null, null, null, null, null));

        commit(storage.folder("contacts"), b -> b.delete("k1"));

        assertThat(store.items(folder("contacts").id(), ItemSort.SUBJECT, 0, 10)).singleElement()
                .satisfies(s -> {
                    assertThat(s.subject()).isEqualTo("Ada King");
                    assertThat(s.state()).isEqualTo(OfflineState.LOCALLY_CREATED);
                });
        assertThat(log().pending()).singleElement().extracting(PendingOperation::kind).isEqualTo(Kind.CREATE);
    }

    @Test
    void draftsAreSavedWithAttachmentsAndSendingQueuesTheMessageAndDropsTheDraft() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "figures", StandardCharsets.UTF_8);
        MessageDraft first = new MessageDraft(List.of("Bob <bob@example.org>"), List.of("carol@example.org"),
                List.of(), "Report", "See attached", null, List.of(DraftAttachment.file(file)));

        long draft = store.saveDraft(ACCOUNT, OptionalLong.empty(), first);

        ItemDetail saved = store.item(draft).orElseThrow();
        assertThat(saved.summary().folderId()).isEqualTo(folder("drafts").id());
        assertThat(saved.field(ItemFields.TO)).isEqualTo("Bob <bob@example.org>");
        assertThat(saved.recipients()).isEqualTo("Bob <bob@example.org>; carol@example.org");
        assertThat(saved.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("report.txt"));
        long attachment = saved.attachments().getFirst().id();

        MessageDraft second = new MessageDraft(first.to(), List.of(), List.of("dave@example.org"), "Report v2",
                "See attached", "<p>See attached</p>", List.of(DraftAttachment.cached(attachment)));
        assertThat(store.saveDraft(ACCOUNT, OptionalLong.of(draft), second)).isEqualTo(draft);
        ItemDetail updated = store.item(draft).orElseThrow();
        assertThat(updated.field(ItemFields.CC)).isNull();
        assertThat(updated.field(ItemFields.BCC)).isEqualTo("dave@example.org");
        assertThat(new String(store.attachmentContent(updated.attachments().getFirst().id()), StandardCharsets.UTF_8))
                .isEqualTo("figures");
        assertThat(ops()).hasSize(1);

        MessageDraft toSend = new MessageDraft(second.to(), second.cc(), second.bcc(), second.subject(),
                second.bodyText(), second.bodyHtml(), List.of(DraftAttachment.cached(updated.attachments().getFirst().id())));
        long queued = store.send(ACCOUNT, OptionalLong.of(draft), toSend);

        assertThat(ids("drafts")).isEmpty();
        assertThat(store.item(queued).orElseThrow().summary().folderId()).isEqualTo(folder("outbox").id());
        PendingOperation send = log().load(log().pending().getFirst().id()).orElseThrow();
        assertThat(send.kind()).isEqualTo(Kind.SEND);
        assertThat(send.item().attachments()).singleElement()
                .satisfies(a -> assertThat(new String(a.content(), StandardCharsets.UTF_8)).isEqualTo("figures"));

        log().markDone(send.id(), UploadResult.DONE);
        assertThat(ids("outbox")).isEmpty();
        assertThat(folder("outbox").totalCount()).isZero();
    }

    @Test
    void aMessageWithoutRecipientsIsNotQueuedAndAMissingFileNamesIt() {
        MessageDraft nobody = new MessageDraft(List.of(), List.of(), List.of(), "x", "y", null, List.of());
        assertThatThrownBy(() -> store.send(ACCOUNT, OptionalLong.empty(), nobody))
                .isInstanceOf(IllegalArgumentException.class);
        MessageDraft missing = new MessageDraft(List.of("a@example.org"), List.of(), List.of(), "x", "y", null,
                List.of(DraftAttachment.file(dir.resolve("nope.pdf"))));
        assertThatThrownBy(() -> store.saveDraft(ACCOUNT, OptionalLong.empty(), missing))
                .isInstanceOf(CacheException.class).hasMessageContaining("nope.pdf");
        assertThat(log().pending()).isEmpty();
        assertThat(ids("drafts")).isEmpty();
    }

    @Test
    void unknownIdsAreNamed() {
        assertThatThrownBy(() -> store.setFlagged(999_999, true)).isInstanceOf(CacheException.class)
                .hasMessageContaining("999999");
        assertThatThrownBy(() -> store.create(999_999, ItemContent.note("x", 1))).isInstanceOf(CacheException.class)
                .hasMessageContaining("999999");
    }

    static RemoteItem contact(String id, String revision, String name) {
        return new RemoteItem(id, revision, ItemKind.CONTACT, name, null, null, T0, null, 10, true, false, null,
                null, Map.of(ItemFields.EMAIL, "ada@example.org"), List.of(), null);
    }

    private PendingOperationLog log() {
        return store.pendingOperations(ACCOUNT);
    }

    private List<String> ops() {
        return log().pending().stream()
                .map(op -> op.kind() + " " + op.folderServerId() + " " + op.itemServerId() + " " + op.value())
                .toList();
    }

    private CachedFolder folder(String serverId) {
        return store.folders(ACCOUNT).stream().filter(f -> f.serverId().equals(serverId)).findFirst().orElseThrow();
    }

    private List<String> ids(String folder) {
        return store.items(folder(folder).id(), ItemSort.SUBJECT, 0, 100).stream().map(ItemSummary::serverId)
                .toList();
    }

    private int rowsOf(String folder) {
        return store.storage(ACCOUNT).folder(folder).itemRevisions().size();
    }

    private ItemSummary item(String folder, String serverId) {
        return store.items(folder(folder).id(), ItemSort.DATE_DESC, 0, 100).stream()
                .filter(s -> s.serverId().equals(serverId)).findFirst().orElseThrow();
    }
}
