package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.FolderRole;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipient completion, the remote-content allow list and threading fields of drafts, on a real H2 file. */
class H2MailCacheTest {
    @TempDir
    Path dir;
    private H2CacheStore store;
    private H2MailCache mail;
    private BackendStorage storage;

    @BeforeEach
    void open() {
        store = H2CacheStore.open(dir.resolve("profile"));
        storage = TestItems.account(store,
                new RemoteFolder("inbox", null, "Inbox", FolderKind.MAIL, FolderRole.INBOX),
                new RemoteFolder("drafts", null, "Drafts", FolderKind.MAIL, FolderRole.DRAFTS),
                new RemoteFolder("contacts", null, "Contacts", FolderKind.CONTACTS));
        mail = H2MailCache.of(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void fill(String folder, RemoteItem... items) {
        try (ItemBatch batch = storage.folder(folder).beginBatch()) {
            for (RemoteItem item : items) {
                batch.upsert(item);
            }
            batch.commit();
        }
    }

    private static RemoteItem contact(String id, String name, String email) {
        Map<String, String> fields = email == null ? Map.of() : Map.of(ItemFields.EMAIL, email);
        return new RemoteItem(id, "1", ItemKind.CONTACT, name, email, null, TestItems.T0, null, 100, true, false, null,
                null, fields, List.of(), null);
    }

    private long inbox(String subject) {
        long folder = store.folders(TestItems.ACCOUNT).stream().filter(f -> f.serverId().equals("inbox")).findFirst()
                .orElseThrow().id();
        return store.items(folder, ItemSort.DATE_DESC, 0, 100).stream().filter(s -> s.subject().equals(subject))
                .mapToLong(ItemSummary::id).findFirst().orElseThrow();
    }

    @Test
    void completesFromContactsFirstThenTheGlobalAddressListWhichIsReplacedWholesale() {
        fill("contacts", contact("c1", "Zed Contact", "zed@example.org"));
        storage.replaceAddressList(List.of(new org.interchange.cache.spi.RemoteAddress("Alice Zander", "alice@example.org"),
                new org.interchange.cache.spi.RemoteAddress("Zed From Directory", "ZED@example.org"),
                new org.interchange.cache.spi.RemoteAddress("Zoe Zimmer", "zoe@example.org")));

        assertThat(mail.completeRecipients("z", 10)).as("contacts first; an address offered once")
                .containsExactly("Zed Contact <zed@example.org>", "Alice Zander <alice@example.org>",
                        "Zoe Zimmer <zoe@example.org>");
        assertThat(mail.completeRecipients("zoe@", 10)).containsExactly("Zoe Zimmer <zoe@example.org>");
        assertThat(mail.completeRecipients("z", 2)).hasSize(2);

        storage.replaceAddressList(List.of(new org.interchange.cache.spi.RemoteAddress("Zara New", "zara@example.org")));
        store.close();
        store = H2CacheStore.open(dir.resolve("profile"));
        mail = H2MailCache.of(store);
        assertThat(mail.completeRecipients("z", 10)).as("after a restart, offline")
                .containsExactly("Zed Contact <zed@example.org>", "Zara New <zara@example.org>");
    }

    @Test
    void completesFromContactsByNameWordOrAddress() {
        fill("contacts", contact("c1", "Ada Lovelace", "ada@example.org"),
                contact("c2", "Charles Babbage", "charles@engines.example"),
                contact("c3", "Lovelace, Byron", "byron@example.org"),
                contact("c4", "No Address", null),
                contact("c5", "Percent_Sign", "p@example.org"));

        assertThat(mail.completeRecipients("ada", 10)).containsExactly("Ada Lovelace <ada@example.org>");
        assertThat(mail.completeRecipients("LOVE", 10))
                .containsExactly("Ada Lovelace <ada@example.org>", "\"Lovelace, Byron\" <byron@example.org>");
        assertThat(mail.completeRecipients("charles@", 10)).containsExactly("Charles Babbage <charles@engines.example>");
        assertThat(mail.completeRecipients("babb", 10)).containsExactly("Charles Babbage <charles@engines.example>");
        assertThat(mail.completeRecipients("no", 10)).isEmpty();
        assertThat(mail.completeRecipients("percent%", 10)).isEmpty();
        assertThat(mail.completeRecipients("percent_", 10)).containsExactly("Percent_Sign <p@example.org>");
        assertThat(mail.completeRecipients("  ", 10)).isEmpty();
        assertThat(mail.completeRecipients("l", 1)).hasSize(1);
    }

    @Test
    void remoteContentIsAllowedPerMessageOrPerSenderAndRemembered() {
        fill("inbox", TestItems.mail("m1", "Newsletter", "News <NEWS@example.org>", TestItems.T0, 10, false),
                TestItems.mail("m2", "Another", "news@example.org", TestItems.T0, 10, false),
                TestItems.mail("m3", "Tracker", "Spam <spam@example.org>", TestItems.T0, 10, false));
        long first = inbox("Newsletter");
        long tracker = inbox("Tracker");
        assertThat(mail.remoteContentAllowed(first)).isFalse();

        mail.allowRemoteContent(tracker);
        assertThat(mail.remoteContentAllowed(tracker)).isTrue();
        assertThat(mail.remoteContentAllowed(first)).isFalse();

        mail.allowRemoteContentFrom("News <news@EXAMPLE.org>");
        store.close();
        store = H2CacheStore.open(dir.resolve("profile"));
        mail = H2MailCache.of(store);
        assertThat(mail.remoteContentAllowed(first)).isTrue();
        assertThat(mail.remoteContentAllowed(inbox("Another"))).isTrue();
        assertThat(mail.remoteContentAllowed(tracker)).isTrue();
        assertThat(mail.remoteContentAllowed(999_999)).isFalse();
        assertThatThrownBy(() -> mail.allowRemoteContent(999_999)).isInstanceOf(CacheException.class);
        assertThatThrownBy(() -> mail.allowRemoteContentFrom("Nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesWithoutThreadingHeadersGroupByTheirSubjectWithoutPrefixes() {
        java.time.Instant t = TestItems.T0;
        fill("inbox", TestItems.mail("a1", "Budget", "Bob <bob@example.org>", t, 100, true),
                TestItems.mail("a2", "RE: Budget", "Carol <carol@example.org>", t.plusSeconds(60), 200, false),
                TestItems.mail("a3", "Fw: re: budget", "Alice <alice@example.org>", t.plusSeconds(600), 300, false),
                TestItems.mail("b1", "Lunch", "Dave <dave@example.org>", t.plusSeconds(300), 50, true),
                TestItems.mail("c1", "Zebra", "Zed <zed@example.org>", t.minusSeconds(60), 5000, true),
                TestItems.mail("c2", "Re: Zebra", "Zed <zed@example.org>", t.plusSeconds(30), 10, true));
        long folder = store.folders(TestItems.ACCOUNT).stream().filter(f -> f.serverId().equals("inbox")).findFirst()
                .orElseThrow().id();
        store.delete(inbox("Re: Zebra"), org.interchange.cache.api.DeleteMode.PERMANENTLY);

        assertThat(mail.conversationCount(folder)).isEqualTo(3);
        var byDate = mail.conversations(folder, ItemSort.DATE_DESC, 0, 10);
        assertThat(byDate).extracting(org.interchange.cache.api.Conversation::key).containsExactly("s:budget",
                "s:lunch", "s:zebra");
        var budget = byDate.getFirst();
        assertThat(budget.latest().subject()).isEqualTo("Fw: re: budget");
        assertThat(budget.itemCount()).isEqualTo(3);
        assertThat(budget.unreadCount()).isEqualTo(2);
        assertThat(budget.totalSize()).isEqualTo(600);
        assertThat(byDate.get(2).itemCount()).as("the deleted reply is left out").isEqualTo(1);

        assertThat(mail.conversations(folder, ItemSort.DATE_ASC, 0, 10)).extracting(c -> c.key())
                .containsExactly("s:zebra", "s:lunch", "s:budget");
        assertThat(mail.conversations(folder, ItemSort.SIZE_DESC, 0, 10)).extracting(c -> c.key())
                .containsExactly("s:zebra", "s:budget", "s:lunch");
        assertThat(mail.conversations(folder, ItemSort.SENDER, 0, 10)).extracting(c -> c.key())
                .containsExactly("s:budget", "s:lunch", "s:zebra");
        assertThat(mail.conversations(folder, ItemSort.SUBJECT, 1, 1)).extracting(c -> c.key())
                .containsExactly("s:lunch");
        assertThat(mail.conversationItems(folder, "s:budget")).extracting(ItemSummary::subject)
                .containsExactly("Budget", "RE: Budget", "Fw: re: budget");
        assertThat(mail.conversationItems(folder, "nothing")).isEmpty();
    }

    @Test
    void threadingHeadersGroupMessagesAndANewReplyJoinsItsThread() {
        java.time.Instant t = TestItems.T0;
        fill("inbox", headed("h1", "Budget", t, "<a@x>", null, null),
                headed("h2", "Numbers for Q3", t.plusSeconds(60), "<b@x>", "<a@x>", "<a@x>"),
                headed("h3", "Budget", t.plusSeconds(120), "<c@x>", "<other@x>", "<other@x>"));
        long folder = store.folders(TestItems.ACCOUNT).stream().filter(f -> f.serverId().equals("inbox")).findFirst()
                .orElseThrow().id();

        assertThat(mail.conversations(folder, ItemSort.DATE_DESC, 0, 10))
                .extracting(c -> c.key(), c -> c.itemCount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("m:<other@x>", 1),
                        org.assertj.core.groups.Tuple.tuple("m:<a@x>", 2));

        fill("inbox", headed("h4", "Lunch?", t.plusSeconds(600), "<d@x>", "<b@x>", "<a@x> <b@x>"));
        assertThat(mail.conversationCount(folder)).isEqualTo(2);
        assertThat(mail.conversationItems(folder, "m:<a@x>")).extracting(ItemSummary::subject)
                .containsExactly("Budget", "Numbers for Q3", "Lunch?");
    }

    private static RemoteItem headed(String id, String subject, java.time.Instant date, String messageId,
                                     String inReplyTo, String references) {
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put(ItemFields.MESSAGE_ID, messageId);
        if (inReplyTo != null) {
            fields.put(ItemFields.IN_REPLY_TO, inReplyTo);
            fields.put(ItemFields.REFERENCES, references);
        }
        return new RemoteItem(id, "rev-1", ItemKind.MAIL, subject, "bob@example.org", "alice@example.org", date, null,
                100, true, false, "Body", null, fields, List.of(), null);
    }

    @Test
    void aReplyDraftKeepsItsThreadingFields() {
        MessageDraft reply = new MessageDraft(List.of("bob@example.org"), List.of(), List.of(), "Re: Budget", "ok",
                null, List.of(), Map.of(ItemFields.IN_REPLY_TO, "<m1@example.org>", ItemFields.REFERENCES,
                "<m0@example.org> <m1@example.org>", ItemFields.CONVERSATION_TOPIC, "Budget"));
        long draft = store.saveDraft(TestItems.ACCOUNT, OptionalLong.empty(), reply);

        var saved = store.item(draft).orElseThrow();
        assertThat(saved.field(ItemFields.IN_REPLY_TO)).isEqualTo("<m1@example.org>");
        assertThat(saved.field(ItemFields.REFERENCES)).isEqualTo("<m0@example.org> <m1@example.org>");
        assertThat(saved.field(ItemFields.CONVERSATION_TOPIC)).isEqualTo("Budget");
        assertThatThrownBy(() -> new MessageDraft(List.of(), List.of(), List.of(), "", "", null, List.of(),
                Map.of(ItemFields.TO, "x@example.org"))).isInstanceOf(IllegalArgumentException.class);
    }
}
