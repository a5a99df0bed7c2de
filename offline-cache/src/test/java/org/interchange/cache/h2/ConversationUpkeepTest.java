package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.Conversation;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversations stored and kept current by each commit are the ones threaded afresh from the cache. */
class ConversationUpkeepTest {
    private static final Instant T = TestItems.T0;

    @TempDir
    Path dir;
    private H2CacheStore store;
    private H2MailCache mail;
    private BackendStorage storage;
    private long folder;

    @BeforeEach
    void open() {
        store = H2CacheStore.open(dir);
        storage = TestItems.account(store, TestItems.mailFolder("inbox", "Inbox"));
        folder = store.folders(TestItems.ACCOUNT).getFirst().id();
        mail = H2MailCache.of(store);
        write(headed("a1", "Budget", 0, "<a1@x>", null, null, false),
                headed("a2", "Re: Budget", 60, "<a2@x>", "<a1@x>", "<a1@x>", false),
                headed("b1", "Lunch", 120, "<b1@x>", null, null, true),
                headed("c1", "Zebra", 30, null, null, null, false),
                headed("c2", "Re: Zebra", 90, null, null, null, true),
                headed("d1", "Numbers", 200, "<d1@x>", "<gone@x>", "<gone@x>", true));
        assertThat(mail.conversationCount(folder)).isEqualTo(4);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMessageMarkedReadIsCountedInItsConversationInPlace() {
        List<Conversation> before = mail.conversations(folder, ItemSort.SENDER, 0, 10);
        store.setRead(id("a2"), true);

        assertThat(conversation("m:<a1@x>").unreadCount()).isEqualTo(1);
        assertThat(mail.conversations(folder, ItemSort.SENDER, 0, 10)).extracting(Conversation::key)
                .isEqualTo(before.stream().map(Conversation::key).toList());
        assertSameAsReadAfresh();
    }

    @Test
    void readSizeAndSenderChangesOfAMessageThatStaysInItsThreadAreCounted() {
        try (ItemBatch batch = storage.folder("inbox").beginBatch()) {
            batch.setRead("a1", true);
            batch.setRead("c2", false);
            batch.commit();
        }
        assertThat(conversation("m:<a1@x>").unreadCount()).isEqualTo(1);
        assertThat(conversation("s:zebra").unreadCount()).isEqualTo(2);
        assertSameAsReadAfresh();

        RemoteItem c2 = headed("c2", "Re: Zebra", 90, null, null, null, false);
        write(new RemoteItem("c2", "rev-2", ItemKind.MAIL, c2.subject(), "a0@example.org", c2.recipients(),
                c2.date(), null, 5000, false, false, "Body", null, c2.fields(), List.of(), null));
        assertThat(conversation("s:zebra")).extracting(Conversation::unreadCount, Conversation::totalSize)
                .containsExactly(2, 130L + 5000L);
        assertThat(mail.conversations(folder, ItemSort.SENDER, 0, 1)).extracting(Conversation::key)
                .as("the new sender comes first").containsExactly("s:zebra");
        assertSameAsReadAfresh();
    }

    @Test
    void aNewReplyJoinsItsThreadAndAReplyToTwoThreadsJoinsThem() {
        write(headed("a3", "Re: Budget", 300, "<a3@x>", "<a2@x>", "<a1@x> <a2@x>", false));
        assertThat(conversation("m:<a1@x>").itemCount()).isEqualTo(3);
        assertThat(mail.conversations(folder, ItemSort.DATE_DESC, 0, 1)).extracting(Conversation::key)
                .containsExactly("m:<a1@x>");
        assertSameAsReadAfresh();

        // the lost root of d1 turns up, as a reply to Lunch: both threads become one
        write(headed("g1", "Numbers", 150, "<gone@x>", "<b1@x>", "<b1@x>", true));
        assertThat(mail.conversationCount(folder)).isEqualTo(3);
        assertThat(mail.conversationItems(folder, "m:<b1@x>")).extracting(ItemSummary::serverId)
                .containsExactly("b1", "g1", "d1");
        assertSameAsReadAfresh();
    }

    @Test
    void deletedMovedAndChangedMessagesLeaveOrMoveTheirConversations() {
        store.delete(id("c2"), DeleteMode.PERMANENTLY);
        assertThat(conversation("s:zebra").itemCount()).isEqualTo(1);
        assertSameAsReadAfresh();

        try (ItemBatch batch = storage.folder("inbox").beginBatch()) {
            batch.delete("b1");
            batch.upsert(headed("c1", "Zebra", 500, null, null, null, false)); // newer now
            batch.commit();
        }
        assertThat(mail.conversationCount(folder)).isEqualTo(3);
        assertThat(mail.conversations(folder, ItemSort.DATE_DESC, 0, 1)).extracting(Conversation::key)
                .containsExactly("s:zebra");
        assertSameAsReadAfresh();
    }

    @Test
    void aResetFolderAndARemovedFolderLeaveNoConversationsBehind() {
        storage.folder("inbox").reset();
        assertThat(mail.conversationCount(folder)).isZero();
        assertThat(mail.conversations(folder, ItemSort.DATE_DESC, 0, 10)).isEmpty();
        assertThat(rowsOfFolder()).isZero();

        write(headed("n1", "New", 10, "<n1@x>", null, null, false));
        assertThat(mail.conversationCount(folder)).isEqualTo(1);
        storage.replaceFolders(List.of(TestItems.mailFolder("other", "Other")));
        assertThat(rowsOfFolder()).isZero();
    }

    private long rowsOfFolder() {
        return store.database().read("counting", c -> {
            long rows = 0;
            for (String table : List.of("conversations", "conversation_members", "conversation_refs")) {
                try (var s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE folder_id = ?")) {
                    s.setLong(1, folder);
                    try (var r = s.executeQuery()) {
                        r.next();
                        rows += r.getLong(1);
                    }
                }
            }
            try (var s = c.prepareStatement("SELECT COALESCE(SUM(conversations), 0) FROM conversation_counts "
                    + "WHERE folder_id = ?")) {
                s.setLong(1, folder);
                try (var r = s.executeQuery()) {
                    r.next();
                    rows += r.getLong(1);
                }
            }
            return rows;
        });
    }

    private void assertSameAsReadAfresh() {
        for (ItemSort sort : ItemSort.values()) {
            List<List<Object>> fresh = store.database().read("threading", c -> {
                List<List<Object>> rows = new ArrayList<>();
                for (ThreadsFromScratch.Thread t : ThreadsFromScratch.threads(c, folder, sort)) {
                    rows.add(t.row());
                }
                return rows;
            });
            assertThat(mail.conversations(folder, sort, 0, 100)).as(sort.name())
                    .extracting(c -> List.<Object>of(c.key(), c.latest().id(), c.itemCount(), c.unreadCount(),
                            c.totalSize()))
                    .isEqualTo(fresh);
        }
    }

    private Conversation conversation(String key) {
        return mail.conversations(folder, ItemSort.DATE_DESC, 0, 100).stream().filter(c -> c.key().equals(key))
                .findFirst().orElseThrow();
    }

    private long id(String serverId) {
        return store.items(folder, ItemSort.DATE_DESC, 0, 100).stream().filter(s -> s.serverId().equals(serverId))
                .mapToLong(ItemSummary::id).findFirst().orElseThrow();
    }

    private void write(RemoteItem... items) {
        try (ItemBatch batch = storage.folder("inbox").beginBatch()) {
            for (RemoteItem item : items) {
                batch.upsert(item);
            }
            batch.commit();
        }
    }

    private static RemoteItem headed(String id, String subject, int seconds, String messageId, String inReplyTo,
                                     String references, boolean read) {
        Map<String, String> fields = new HashMap<>();
        if (messageId != null) {
            fields.put(ItemFields.MESSAGE_ID, messageId);
        }
        if (inReplyTo != null) {
            fields.put(ItemFields.IN_REPLY_TO, inReplyTo);
            fields.put(ItemFields.REFERENCES, references);
        }
        return new RemoteItem(id, "rev-" + seconds, ItemKind.MAIL, subject, id + "@example.org", "alice@example.org",
                T.plusSeconds(seconds), null, 100 + seconds, read, false, "Body", null, fields, List.of(), null);
    }
}
