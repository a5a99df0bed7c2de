package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.interchange.cache.api.Conversation;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CommitGroup;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After seeded random sequences of sync batches (new messages, late parents and middle messages that join threads,
 * changed headers and dates, server deletes, read changes) and local edits (reads, deletes, moves between folders,
 * deletes the server refused, which restore the message), some batches in sync runs that share transactions (the
 * first run downloads both folders, whose threading waits for the run's end or a reader), the stored conversations
 * of both folders are the ones {@link ThreadLinker} gives threading each folder from scratch, in every order, with
 * their members; also in the middle of a run and after the cache is opened again.
 */
class StoredConversationsPropertyTest {
    private static final Instant T = TestItems.T0;
    private static final int IDS = 24;
    private static final List<String> SUBJECTS = List.of("Budget", "Re: Budget", "Lunch", "Numbers", "Fw: lunch", "");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void storedConversationsAreThoseThreadedFromScratch(long seed) {
        Random random = new Random(seed);
        H2CacheStore store = H2CacheStore.open(dir);
        try {
            BackendStorage storage = TestItems.account(store, TestItems.mailFolder("inbox", "Inbox"),
                    TestItems.mailFolder("archive", "Archive"));
            List<String> serverIds = new ArrayList<>();
            for (int step = 0; step < 36; step++) {
                int op = random.nextInt(10);
                if (step == 0 || op == 9) { // a sync run: batches of both folders share transactions
                    try (CommitGroup run = TestItems.groupCommittingAtEveryWait(storage)) {
                        for (int b = 2 + random.nextInt(5); b > 0; b--) {
                            syncBatch(storage, random, serverIds);
                            if (random.nextInt(3) == 0) {
                                storage.commitWaiting();
                                if (random.nextInt(3) == 0) { // a reader threads what the run committed so far
                                    assertSameAsFromScratch(store, "seed " + seed + " step " + step + " mid-run",
                                            false);
                                }
                            }
                        }
                    }
                } else if (op < 4 || serverIds.isEmpty()) {
                    syncBatch(storage, random, serverIds);
                } else {
                    List<ItemSummary> listed = listed(store);
                    if (listed.isEmpty()) {
                        continue;
                    }
                    ItemSummary item = listed.get(random.nextInt(listed.size()));
                    switch (op) {
                        case 4, 5 -> store.setRead(item.id(), !item.read());
                        case 6 -> store.delete(item.id(), DeleteMode.PERMANENTLY);
                        case 7 -> store.move(item.id(), other(store, item.folderId()));
                        default -> restoreOne(store, random);
                    }
                }
                if (step % 6 == 5) {
                    assertSameAsFromScratch(store, "seed " + seed + " step " + step, false);
                }
            }
            assertSameAsFromScratch(store, "seed " + seed + " at the end", true);
        } finally {
            store.close();
        }
        try (H2CacheStore reopened = H2CacheStore.open(dir)) {
            assertSameAsFromScratch(reopened, "seed " + seed + " opened again", true);
        }
    }

    /** One sync batch: new messages, and perhaps a delete, a read change and a changed message. */
    private static void syncBatch(BackendStorage storage, Random random, List<String> serverIds) {
        String folder = random.nextInt(4) == 0 ? "archive" : "inbox";
        try (ItemBatch batch = storage.folder(folder).beginBatch()) {
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                String id = folder + "-" + serverIds.size();
                serverIds.add(id);
                batch.upsert(message(random, id));
            }
            if (random.nextBoolean()) {
                batch.delete(serverIds.get(random.nextInt(serverIds.size())));
            }
            if (random.nextBoolean()) {
                batch.setRead(serverIds.get(random.nextInt(serverIds.size())), random.nextBoolean());
            }
            if (random.nextBoolean()) { // a message already there comes again, changed
                String again = serverIds.get(random.nextInt(serverIds.size()));
                if (again.startsWith(folder)) {
                    batch.upsert(message(random, again));
                }
            }
            batch.commit();
        }
    }

    /** A server refuses a pending delete: the message shows again. */
    private static void restoreOne(H2CacheStore store, Random random) {
        List<PendingOperation> deletes = store.pendingOperations(TestItems.ACCOUNT).pending().stream()
                .filter(op -> op.kind() == PendingOperation.Kind.DELETE).toList();
        if (!deletes.isEmpty()) {
            store.pendingOperations(TestItems.ACCOUNT)
                    .markConflict(deletes.get(random.nextInt(deletes.size())).id(), false);
        }
    }

    /** A message naming Message-IDs of a small pool, so that parents and middle messages often come late. */
    private static RemoteItem message(Random random, String serverId) {
        Map<String, String> fields = new HashMap<>();
        if (random.nextInt(6) != 0) {
            fields.put(ItemFields.MESSAGE_ID, "<" + random.nextInt(IDS) + "@x>");
        }
        if (random.nextInt(3) != 0) {
            List<String> refs = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                refs.add("<" + random.nextInt(IDS) + "@x>");
            }
            if (!refs.isEmpty()) {
                fields.put(ItemFields.REFERENCES, String.join(" ", refs));
            }
            if (random.nextBoolean()) {
                fields.put(ItemFields.IN_REPLY_TO, random.nextBoolean() && !refs.isEmpty() ? refs.getLast()
                        : "<" + random.nextInt(IDS) + "@x>");
            }
        }
        Instant date = random.nextInt(10) == 0 ? null : T.plusSeconds(random.nextInt(40) * 60L);
        return new RemoteItem(serverId, "rev-" + random.nextInt(1000), ItemKind.MAIL,
                SUBJECTS.get(random.nextInt(SUBJECTS.size())), "Sender " + random.nextInt(4) + " <s@x>",
                "alice@example.org", date, null, random.nextInt(3) * 100, random.nextBoolean(), false, "Body", null,
                fields, List.of(), null);
    }

    private static List<ItemSummary> listed(H2CacheStore store) {
        List<ItemSummary> all = new ArrayList<>();
        store.folders(TestItems.ACCOUNT).forEach(f -> all.addAll(store.items(f.id(), ItemSort.DATE_DESC, 0, 1000)));
        return all;
    }

    private static long other(H2CacheStore store, long folderId) {
        return store.folders(TestItems.ACCOUNT).stream().filter(f -> f.id() != folderId).findFirst().orElseThrow().id();
    }

    /** Compares every order of both folders, and when {@code members}, each conversation's members. */
    static void assertSameAsFromScratch(H2CacheStore store, String when, boolean members) {
        H2MailCache mail = H2MailCache.of(store);
        for (var folder : store.folders(TestItems.ACCOUNT)) {
            for (ItemSort sort : ItemSort.values()) {
                List<ThreadsFromScratch.Thread> fresh = store.database().read("threading",
                        c -> ThreadsFromScratch.threads(c, folder.id(), sort));
                List<Conversation> stored = mail.conversations(folder.id(), sort, 0, 1000);
                assertThat(stored).as(when + ", " + folder.serverId() + " by " + sort)
                        .extracting(c -> List.<Object>of(c.key(), c.latest().id(), c.itemCount(), c.unreadCount(),
                                c.totalSize()))
                        .isEqualTo(fresh.stream().map(ThreadsFromScratch.Thread::row).toList());
                if (sort == ItemSort.DATE_DESC) {
                    assertThat(mail.conversationCount(folder.id())).as(when).isEqualTo(fresh.size());
                }
                if (sort == ItemSort.DATE_DESC && members) {
                    for (ThreadsFromScratch.Thread t : fresh) {
                        assertThat(mail.conversationItems(folder.id(), t.key())).as(when + ", members of " + t.key())
                                .extracting(ItemSummary::id).isEqualTo(t.members());
                    }
                }
            }
        }
    }
}
