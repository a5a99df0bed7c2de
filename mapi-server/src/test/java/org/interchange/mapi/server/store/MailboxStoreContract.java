package org.interchange.mapi.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RuleAction;
import org.interchange.mapi.codec.property.RuleActions;
import org.interchange.mapi.objects.PidTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link MailboxStore} implementation must show. */
abstract class MailboxStoreContract implements PermissionStoreContract {
    protected MailboxStore store;

    protected abstract MailboxStore openStore();

    /** Opens the store again on the same database, without emptying it. */
    protected abstract MailboxStore reopenStore();

    /** The store's JDBC URL, user and password, and its Flyway location, for tests of the migrations. */
    protected abstract String[] jdbc();

    protected abstract String migrations();

    @Override
    public MailboxStore store() {
        return store;
    }

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void newMailboxHasTheStandardFolderTree() {
        Mailbox box = store.createMailbox("Alice", "Alice Liddell", "alice@example.org");

        assertThat(box.specialFolders()).containsOnlyKeys(SpecialFolder.values());
        long root = box.folderId(SpecialFolder.ROOT);
        long ipm = box.folderId(SpecialFolder.IPM_SUBTREE);
        assertThat(store.folder(box, root).orElseThrow().parentFid()).isZero();
        assertThat(store.childFolders(box, ipm)).extracting(FolderRecord::displayName).containsExactly(
                "Calendar", "Contacts", "Deleted Items", "Drafts", "Inbox", "Journal", "Notes", "Outbox",
                "Sent Items", "Tasks");
        assertThat(store.folder(box, box.folderId(SpecialFolder.CALENDAR)).orElseThrow().containerClass())
                .isEqualTo("IPF.Appointment");
        assertThat(store.folder(box, box.folderId(SpecialFolder.INBOX)).orElseThrow().containerClass())
                .isEqualTo("IPF.Note");
        assertThat(ExchangeIds.replicaId(root)).isEqualTo(ExchangeIds.LOCAL_REPLICA_ID);
        assertThat(box.specialFolders().values()).doesNotHaveDuplicates();
    }

    @Test
    void mailboxIsFoundByOwnerIgnoringCase() {
        Mailbox box = store.createMailbox("Bob", "Bob", "bob@example.org");

        assertThat(store.findMailbox("bob")).contains(box);
        assertThat(store.findMailbox("carol")).isEmpty();
        assertThatThrownBy(() -> store.createMailbox("BOB", "Bob 2", "b2@example.org"))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void messagesKeepTheirPropertiesRecipientsAndAttachments() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        Instant delivered = Instant.parse("2026-10-01T08:30:00Z");
        List<PropertyValue> props = List.of(
                PropertyValue.of(PidTag.SUBJECT, "Quarterly numbers"),
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, delivered),
                PropertyValue.of(PidTag.MESSAGE_FLAGS, PidTag.MSGFLAG_READ),
                PropertyValue.of(PidTag.HTML, new byte[] {'<', 'p', '>'}));
        List<PropertyValue> attachment = List.of(
                PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "numbers.csv"),
                PropertyValue.of(PidTag.ATTACH_DATA_BINARY, "a,b\n1,2\n".getBytes()));
        List<PropertyValue> recipient = List.of(PropertyValue.of(PidTag.DISPLAY_NAME, "Bob"));

        MessageRecord saved = store.createMessage(box, inbox,
                new NewMessage(props, List.of(recipient), List.of(attachment)));

        MessageRecord loaded = store.message(box, saved.mid()).orElseThrow();
        assertThat(loaded.fid()).isEqualTo(inbox);
        assertThat(loaded.messageFlags()).isEqualTo(PidTag.MSGFLAG_READ);
        assertThat(loaded.hasAttachments()).isTrue();
        assertThat(loaded.received()).isEqualTo(delivered);
        assertThat(loaded.properties()).containsExactlyElementsOf(
                props.stream().filter(p -> !p.tag().equals(PidTag.MESSAGE_FLAGS)).toList());
        assertThat(store.recipients(box, saved.mid())).containsExactly(recipient);
        assertThat(store.attachments(box, saved.mid())).singleElement().satisfies(a -> {
            assertThat(a.attachNumber()).isZero();
            assertThat(a.properties()).containsExactlyElementsOf(attachment);
        });
    }

    @Test
    void messagesRecipientsAndAttachmentsAreReadByMidInOneGo() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        Mailbox other = store.createMailbox("bob", "Bob", "bob@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        List<PropertyValue> bob = List.of(PropertyValue.of(PidTag.DISPLAY_NAME, "Bob"));
        List<PropertyValue> carol = List.of(PropertyValue.of(PidTag.DISPLAY_NAME, "Carol"));
        List<PropertyValue> first = List.of(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "1.txt"));
        List<PropertyValue> second = List.of(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "2.txt"));
        MessageRecord a = store.createMessage(box, inbox, new NewMessage(List.of(PropertyValue.of(PidTag.SUBJECT, "a")),
                List.of(bob, carol), List.of(first, second)));
        MessageRecord b = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "b"))));
        MessageRecord elsewhere = store.createMessage(other, other.folderId(SpecialFolder.INBOX),
                new NewMessage(List.of(), List.of(bob), List.of(first)));
        List<Long> mids = List.of(b.mid(), a.mid(), 0x4242L, elsewhere.mid());

        assertThat(store.messagesByMid(box, mids)).containsOnlyKeys(a.mid(), b.mid());
        assertThat(store.messagesByMid(box, mids).get(a.mid())).isEqualTo(store.message(box, a.mid()).orElseThrow());
        assertThat(store.recipientsByMid(box, mids)).containsOnlyKeys(a.mid());
        assertThat(store.recipientsByMid(box, mids).get(a.mid())).containsExactly(bob, carol);
        assertThat(store.attachmentsByMid(box, mids)).containsOnlyKeys(a.mid());
        assertThat(store.attachmentsByMid(box, mids).get(a.mid())).extracting(AttachmentRecord::attachNumber)
                .containsExactly(0, 1);
        assertThat(store.attachmentsByMid(box, mids).get(a.mid())).extracting(AttachmentRecord::properties)
                .containsExactly(first, second);
        assertThat(store.messagesByMid(box, List.of())).isEmpty();
        assertThat(store.recipientsByMid(box, List.of())).isEmpty();
        assertThat(store.attachmentsByMid(box, List.of())).isEmpty();
    }

    @Test
    void tableRowsCarryTheBagWithLongValuesCut() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        List<PropertyValue> props = List.of(
                PropertyValue.of(PidTag.SUBJECT, "s".repeat(300)),
                PropertyValue.of(PidTag.BODY, "b".repeat(5000)),
                PropertyValue.of(PidTag.HTML, new byte[600]),
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.MESSAGE_FLAGS, PidTag.MSGFLAG_READ));
        MessageRecord saved = store.createMessage(box, box.folderId(SpecialFolder.INBOX), NewMessage.of(props));

        MessageRecord row = store.tableRowsByMid(box, List.of(saved.mid(), 0x4242L)).get(saved.mid());

        MessageRecord whole = store.message(box, saved.mid()).orElseThrow();
        assertThat(store.tableRowsByMid(box, List.of(saved.mid(), 0x4242L))).containsOnlyKeys(saved.mid());
        assertThat(row.properties()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(RowProperties.of(whole.properties()));
        assertThat(row.properties()).extracting(PropertyValue::value).contains("s".repeat(RowProperties.MAX_CHARS),
                "b".repeat(RowProperties.MAX_CHARS), "IPM.Note");
        assertThat(row).usingRecursiveComparison().ignoringFields("properties").isEqualTo(whole);
    }

    @Test
    void countsFollowReadState() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        MessageRecord first = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "1"))));
        store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "2"))));
        store.createFolder(box, inbox, "Projects", "IPF.Note");

        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(2, 2, 1));
        store.setRead(box, first.mid(), true);
        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(2, 1, 1));
        MessageRecord reread = store.message(box, first.mid()).orElseThrow();
        assertThat(reread.changeNumber()).isEqualTo(first.changeNumber());
        assertThat(reread.state().readChangeNumber()).isNotZero().isNotEqualTo(first.changeNumber());
        assertThat(reread.messageFlags() & PidTag.MSGFLAG_READ).isNotZero();
    }

    @Test
    void folderCountsFollowEveryChangeOfTheirContents() throws Exception {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        long archive = store.createFolder(box, inbox, "Archive", "IPF.Note").fid();
        List<Long> mids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mids.add(store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "m" + i))))
                    .mid());
        }
        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(5, 5, 1));
        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(5, 5, 1));

        store.setRead(box, mids.get(0), true);
        store.setRead(box, mids.get(1), true);
        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(5, 3, 1));
        store.setRead(box, mids.get(1), false);
        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(5, 4, 1));

        List<Long> moved = store.moveMessages(box, inbox, List.of(mids.get(0), mids.get(2)), archive, false);
        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(3, 3, 1));
        assertThat(store.counts(box, archive)).isEqualTo(new FolderCounts(2, 1, 0));
        store.moveMessages(box, archive, List.of(moved.get(1)), inbox, true);
        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(4, 4, 1));
        assertThat(store.counts(box, archive)).isEqualTo(new FolderCounts(2, 1, 0));

        store.deleteMessages(box, inbox, List.of(mids.get(3), mids.get(4)));
        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(2, 2, 1));
        store.createFolder(box, inbox, "Later", "IPF.Note");
        assertThat(store.counts(box, inbox)).isEqualTo(new FolderCounts(2, 2, 2));
    }

    @Test
    void folderCountsAreKeptWithTheFolderAcrossAReopen() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        long mid = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "1")))).mid();
        store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "2"))));
        store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "3"),
                PropertyValue.of(new org.interchange.mapi.codec.property.PropertyTag(0x0E070003), PidTag.MSGFLAG_READ))));
        store.setRead(box, mid, true);
        store.setRead(box, mid, true);

        store = reopenStore();
        Mailbox reopened = store.findMailbox("alice").orElseThrow();
        assertThat(store.counts(reopened, inbox)).isEqualTo(new FolderCounts(3, 1, 0));
    }

    @Test
    void idsAreUniqueAndMessagesAreNewestFirst() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        MessageRecord older = store.createMessage(box, inbox, NewMessage.of(List.of(
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, Instant.parse("2026-01-01T00:00:00Z")))));
        MessageRecord newer = store.createMessage(box, inbox, NewMessage.of(List.of(
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, Instant.parse("2026-02-01T00:00:00Z")))));

        assertThat(store.messages(box, inbox)).extracting(MessageRecord::mid).containsExactly(newer.mid(), older.mid());
        assertThat(List.of(older.mid(), newer.mid(), older.changeNumber())).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(box.specialFolders().values());
        assertThat(ExchangeIds.globalCounter(newer.mid())).isGreaterThan(ExchangeIds.globalCounter(older.mid()));
    }

    @Test
    void namedPropertiesAreMappedPerMailbox() {
        Mailbox alice = store.createMailbox("alice", "Alice", "alice@example.org");
        Mailbox bob = store.createMailbox("bob", "Bob", "bob@example.org");
        UUID set = UUID.fromString("00062002-0000-0000-c000-000000000046");
        PropertyName byLid = PropertyName.ofLid(set, 0x8223);
        PropertyName byName = PropertyName.ofName(set, "x-custom");

        assertThat(store.namedPropertyId(alice, byLid, false)).isEmpty();
        int lidId = store.namedPropertyId(alice, byLid, true).orElseThrow();
        int nameId = store.namedPropertyId(alice, byName, true).orElseThrow();

        assertThat(lidId).isEqualTo(0x8000);
        assertThat(nameId).isEqualTo(0x8001);
        assertThat(store.namedPropertyId(alice, byLid, true)).hasValue(lidId);
        assertThat(store.propertyName(alice, nameId)).contains(byName);
        assertThat(store.propertyName(bob, nameId)).isEmpty();
        assertThat(store.namedPropertyId(bob, byName, true)).hasValue(0x8000);
    }

    @Test
    void messageInUnknownFolderIsRejected() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");

        assertThatThrownBy(() -> store.createMessage(box, 0x7777L, NewMessage.of(List.of())))
                .isInstanceOf(StoreException.class).hasMessageContaining("no folder");
    }

    @Test
    void everyVersionHasAServerChangeKeyInItsPcl() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        MessageRecord first = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "a"))));
        MessageRecord second = store.saveMessage(box, inbox, first.mid(),
                NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "b"))), false, null);

        Xid firstKey = Xid.decode(first.state().version().changeKey());
        Xid secondKey = Xid.decode(second.state().version().changeKey());
        assertThat(firstKey.namespaceGuid()).isEqualTo(box.replicaGuid());
        assertThat(firstKey.localIdValue()).isEqualTo(ExchangeIds.globalCounter(first.changeNumber()));
        assertThat(secondKey.localIdValue()).isEqualTo(ExchangeIds.globalCounter(second.changeNumber()));
        assertThat(ExchangeIds.globalCounter(second.changeNumber())).isGreaterThan(ExchangeIds.globalCounter(first.changeNumber()));
        PredecessorChangeList pcl = PredecessorChangeList.decode(second.state().version().predecessorChangeList());
        assertThat(pcl.xids()).containsExactly(secondKey);
        assertThat(pcl.includes(PredecessorChangeList.decode(first.state().version().predecessorChangeList()))).isTrue();
        assertThat(second.properties()).extracting(v -> v.value()).containsExactly("b");
        FolderRecord folder = store.folder(box, inbox).orElseThrow();
        assertThat(Xid.decode(folder.version().changeKey()).localIdValue())
                .isEqualTo(ExchangeIds.globalCounter(folder.changeNumber()));
    }

    @Test
    void aClientVersionIsKeptWithItsChangeKeyMergedIntoThePcl() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        MessageRecord m = store.createMessage(box, inbox, NewMessage.of(List.of()));
        Xid client = Xid.ofGlobCnt(UUID.fromString("11111111-2222-3333-4444-555555555555"), 7);
        byte[] serverPcl = m.state().version().predecessorChangeList();

        MessageRecord saved = store.saveMessage(box, inbox, m.mid(), NewMessage.of(List.of()), false,
                new ChangeVersion(client.encode(), serverPcl));

        assertThat(saved.state().version().changeKey()).isEqualTo(client.encode());
        assertThat(PredecessorChangeList.decode(saved.state().version().predecessorChangeList()).xids())
                .contains(client, Xid.decode(m.state().version().changeKey()));
    }

    @Test
    void deletionsMovesAndCopiesLeaveTombstones() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        long trash = box.folderId(SpecialFolder.DELETED_ITEMS);
        MessageRecord a = store.createMessage(box, inbox, new NewMessage(List.of(PropertyValue.of(PidTag.SUBJECT, "a")),
                List.of(List.of(PropertyValue.of(PidTag.DISPLAY_NAME, "Bob"))),
                List.of(List.of(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "x.txt")))));
        MessageRecord b = store.createMessage(box, inbox, NewMessage.of(List.of()));
        MessageRecord c = store.createMessage(box, inbox, NewMessage.of(List.of()));

        assertThat(store.deleteMessages(box, inbox, List.of(b.mid(), 0x4242L))).containsExactly(b.mid());
        List<Long> moved = store.moveMessages(box, inbox, List.of(a.mid()), trash, false);
        List<Long> copied = store.moveMessages(box, inbox, List.of(c.mid()), trash, true);

        assertThat(store.messageSummaries(box, inbox)).extracting(MessageSummary::mid).containsExactly(c.mid());
        assertThat(store.messageSummaries(box, trash)).extracting(MessageSummary::mid)
                .containsExactlyInAnyOrder(moved.getFirst(), copied.getFirst());
        assertThat(store.tombstones(box, inbox)).extracting(Tombstone::objectId).containsExactlyInAnyOrder(b.mid(), a.mid());
        assertThat(store.recipients(box, moved.getFirst())).hasSize(1);
        assertThat(store.attachments(box, moved.getFirst())).hasSize(1);
        assertThat(store.message(box, moved.getFirst()).orElseThrow().received()).isEqualTo(a.received());
    }

    @Test
    void deletingAFolderDeletesItsTreeWithTombstones() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long ipm = box.folderId(SpecialFolder.IPM_SUBTREE);
        FolderRecord parent = store.createFolder(box, ipm, "Projects", "IPF.Note");
        FolderRecord child = store.createFolder(box, parent.fid(), "Old", "IPF.Note");
        MessageRecord m = store.createMessage(box, child.fid(), NewMessage.of(List.of()));

        FolderRecord renamed = store.updateFolder(box, parent.fid(), "Archive", "IPF.Note", null);
        store.deleteFolder(box, parent.fid());

        assertThat(renamed.changeNumber()).isNotEqualTo(parent.changeNumber());
        assertThat(store.folder(box, parent.fid())).isEmpty();
        assertThat(store.message(box, m.mid())).isEmpty();
        assertThat(store.folderTombstones(box)).extracting(Tombstone::objectId)
                .containsExactlyInAnyOrder(parent.fid(), child.fid());
        assertThat(store.tombstones(box, child.fid())).extracting(Tombstone::objectId).containsExactly(m.mid());
        assertThatThrownBy(() -> store.deleteFolder(box, parent.fid())).isInstanceOf(NoSuchObjectException.class);
    }

    @Test
    void messageStatusBitsAreReplacedUnderTheMask() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        MessageRecord m = store.createMessage(box, box.folderId(SpecialFolder.INBOX), NewMessage.of(List.of()));

        assertThat(store.setMessageStatus(box, m.mid(), 0x1000 | 0x2, 0x1000)).isZero();
        assertThat(store.setMessageStatus(box, m.mid(), 0, 0x2)).isEqualTo(0x1000);
        assertThat(store.message(box, m.mid()).orElseThrow().state().messageStatus()).isEqualTo(0x1000);
    }

    @Test
    void rulesAreStoredInSequenceOrderWithTheirConditionAndActions() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        Restriction condition = new Restriction.Content(Restriction.Content.SUBSTRING, Restriction.Content.IGNORECASE,
                PidTag.SUBJECT, PropertyValue.of(PidTag.SUBJECT, "invoice"));
        RuleActions actions = RuleActions.of(new RuleAction.MarkAsRead(), new RuleAction.Delete());

        store.modifyRules(box, inbox, false, List.of(
                new RuleChange.Add(rule(20, "second", condition, actions)),
                new RuleChange.Add(rule(10, "first", condition, actions))));

        List<RuleRecord> rules = store.rules(box, inbox);
        assertThat(rules).extracting(RuleRecord::sequence).containsExactly(10, 20);
        assertThat(rules).extracting(RuleRecord::ruleId).doesNotHaveDuplicates().allMatch(id -> id != 0);
        RuleRecord first = rules.getFirst();
        assertThat(first.find(RULE_NAME).orElseThrow().asString()).isEqualTo("first");
        assertThat(first.find(RULE_CONDITION).orElseThrow().value()).isEqualTo(condition);
        assertThat(first.find(RULE_ACTIONS).orElseThrow().value()).isEqualTo(actions);
        assertThat(store.rules(box, box.folderId(SpecialFolder.SENT_ITEMS))).isEmpty();
    }

    @Test
    void rulesAreModifiedRemovedAndReplacedAtomically() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        Restriction any = new Restriction.Exist(PidTag.SUBJECT);
        RuleActions read = RuleActions.of(new RuleAction.MarkAsRead());
        store.modifyRules(box, inbox, false, List.of(new RuleChange.Add(rule(1, "a", any, read)),
                new RuleChange.Add(rule(2, "b", any, read))));
        List<RuleRecord> before = store.rules(box, inbox);
        long a = before.get(0).ruleId();
        long b = before.get(1).ruleId();

        store.modifyRules(box, inbox, false, List.of(new RuleChange.Modify(a, List.of(
                PropertyValue.of(RULE_SEQUENCE_TAG, 5), PropertyValue.of(RULE_NAME_TAG, "a2")))));
        assertThat(store.rules(box, inbox)).extracting(RuleRecord::ruleId).containsExactly(b, a);
        RuleRecord changed = store.rules(box, inbox).get(1);
        assertThat(changed.find(RULE_NAME).orElseThrow().asString()).isEqualTo("a2");
        assertThat(changed.find(RULE_CONDITION).orElseThrow().value()).isEqualTo(any);

        assertThatThrownBy(() -> store.modifyRules(box, inbox, false, List.of(new RuleChange.Remove(b),
                new RuleChange.Remove(0x7777L)))).isInstanceOf(NoSuchObjectException.class);
        assertThat(store.rules(box, inbox)).hasSize(2);

        store.modifyRules(box, inbox, false, List.of(new RuleChange.Remove(b)));
        assertThat(store.rules(box, inbox)).extracting(RuleRecord::ruleId).containsExactly(a);

        store.modifyRules(box, inbox, true, List.of(new RuleChange.Add(rule(3, "c", any, read))));
        assertThat(store.rules(box, inbox)).extracting(r -> r.find(RULE_NAME).orElseThrow().asString())
                .containsExactly("c");
    }

    @Test
    void contentsChangesHoldOnlyWhatChangedAfterTheGivenCounters() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        long trash = box.folderId(SpecialFolder.DELETED_ITEMS);
        List<MessageRecord> old = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            old.add(store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "m" + i)))));
        }
        MessageRecord elsewhere = store.createMessage(box, trash, NewMessage.of(List.of()));
        store.setRead(box, old.get(0).mid(), true);
        long before = store.contentsChanges(box, inbox, 0, 0).lastCounter();

        MessageRecord edited = store.saveMessage(box, inbox, old.get(1).mid(),
                NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "edited"))), false, null);
        MessageRecord added = store.createMessage(box, inbox, NewMessage.of(List.of()));
        store.deleteMessages(box, inbox, List.of(old.get(2).mid()));
        store.moveMessages(box, inbox, List.of(old.get(3).mid()), trash, false);
        long movedIn = store.moveMessages(box, trash, List.of(elsewhere.mid()), inbox, false).getFirst();
        store.setRead(box, old.get(4).mid(), true);
        store.setRead(box, old.get(0).mid(), false);
        store.deleteMessages(box, trash, List.of(elsewhere.mid()));

        ContentsChanges changes = store.contentsChanges(box, inbox, before, before);

        assertThat(changes.changed()).extracting(MessageSummary::mid).containsExactly(edited.mid(), added.mid(), movedIn);
        assertThat(changes.readChanged()).extracting(MessageSummary::mid, MessageSummary::read)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(old.get(4).mid(), true),
                        org.assertj.core.groups.Tuple.tuple(old.get(0).mid(), false));
        assertThat(changes.deleted()).extracting(Tombstone::objectId).containsExactly(old.get(2).mid(), old.get(3).mid());
        assertThat(changes.lastCounter()).isGreaterThan(before);
        assertThat(store.contentsChanges(box, inbox, before, ExchangeIds.MAX_GLOBAL_COUNTER).readChanged()).isEmpty();
        assertThat(store.contentsChanges(box, inbox, changes.lastCounter(), changes.lastCounter()))
                .isEqualTo(new ContentsChanges(List.of(), List.of(), List.of(), changes.lastCounter()));
        for (long after : new long[] {0, before, before + 3, changes.lastCounter()}) {
            assertThat(store.contentsChanges(box, inbox, after, after)).isEqualTo(SnapshotChanges.of(
                    store.contentsSnapshot(box, inbox), store.tombstones(box, inbox), after, after));
        }
    }

    @Test
    void aContentsDownloadNeitherWaitsForAWriterNorSeesItsUncommittedNumbers() throws Exception {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        MessageRecord m = store.createMessage(box, inbox, NewMessage.of(List.of()));
        long before = store.contentsChanges(box, inbox, 0, 0).lastCounter();
        String[] jdbc = jdbc();
        try (var writer = java.sql.DriverManager.getConnection(jdbc[0], jdbc[1], jdbc[2])) {
            writer.setAutoCommit(false);
            try (var s = writer.createStatement()) {
                // a writer in the middle of a change: it holds the counter's row lock until it commits
                s.executeUpdate("UPDATE mailbox SET next_counter = next_counter + 5 WHERE id = " + box.id());
            }
            ContentsChanges changes = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(20), () -> store.contentsChanges(box, inbox, 0, 0));
            writer.rollback();

            assertThat(changes.lastCounter()).isEqualTo(before);
            assertThat(changes.changed()).extracting(MessageSummary::mid).containsExactly(m.mid());
        }
    }

    @Test
    void aHierarchyDownloadNeitherWaitsForAWriterNorSeesItsUncommittedNumbers() throws Exception {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long ipm = box.folderId(SpecialFolder.IPM_SUBTREE);
        FolderRecord projects = store.createFolder(box, box.folderId(SpecialFolder.INBOX), "Projects", "IPF.Note");
        FolderRecord old = store.createFolder(box, projects.fid(), "Old", "IPF.Note");
        SyncSnapshot<FolderRecord> before = store.hierarchySnapshot(box, ipm);
        String[] jdbc = jdbc();
        try (var writer = java.sql.DriverManager.getConnection(jdbc[0], jdbc[1], jdbc[2])) {
            writer.setAutoCommit(false);
            try (var s = writer.createStatement()) {
                // a writer in the middle of a change: it holds the counter's row lock until it commits
                s.executeUpdate("UPDATE mailbox SET next_counter = next_counter + 5 WHERE id = " + box.id());
            }
            SyncSnapshot<FolderRecord> during = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(10), () -> store.hierarchySnapshot(box, ipm),
                    "a hierarchy download waited for the counter's row lock (SELECT ... FOR UPDATE)");
            writer.rollback();

            assertThat(during.lastCounter()).isEqualTo(before.lastCounter());
            assertThat(during.items()).extracting(FolderRecord::fid).containsExactlyElementsOf(
                    before.items().stream().map(FolderRecord::fid).toList());
            assertThat(during.items()).extracting(FolderRecord::fid).contains(projects.fid(), old.fid());
            List<Long> fids = during.items().stream().map(FolderRecord::fid).toList();
            assertThat(fids.indexOf(projects.fid())).isLessThan(fids.indexOf(old.fid()));
        }
    }

    @Test
    void migrationEightComputesTheCountersOfRowsWrittenBefore() throws Exception {
        store.close();
        String[] jdbc = jdbc();
        org.flywaydb.core.api.configuration.FluentConfiguration flyway = org.flywaydb.core.Flyway.configure()
                .dataSource(jdbc[0], jdbc[1], jdbc[2]).locations(migrations()).cleanDisabled(false);
        flyway.load().clean();
        flyway.target("7").load().migrate();
        long low = 0x0000_0000_0081L;
        long high = 0x1234_5678_9ABCL;
        try (var c = java.sql.DriverManager.getConnection(jdbc[0], jdbc[1], jdbc[2]); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO mailbox(id, owner, display_name, email_address, mailbox_guid, replica_guid,"
                    + " next_counter, next_named_id) VALUES (7, 'old', 'Old', 'old@example.org', '"
                    + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', " + (high + 1) + ", 32768)");
            s.executeUpdate("INSERT INTO folder(mailbox_id, fid, display_name, change_number, created, modified)"
                    + " VALUES (7, 1, 'Inbox', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            try (var insert = c.prepareStatement("INSERT INTO message(mailbox_id, mid, fid, change_number,"
                    + " message_flags, message_size, has_attachments, received, properties, read_cn)"
                    + " VALUES (7, ?, 1, ?, 0, 0, FALSE, CURRENT_TIMESTAMP, ?, ?)")) {
                for (long[] row : new long[][] {{2, ExchangeIds.make(1, high), ExchangeIds.make(1, low)},
                        {3, ExchangeIds.make(1, low), -1}}) {
                    insert.setLong(1, row[0]);
                    insert.setLong(2, row[1]);
                    insert.setBytes(3, new byte[0]);
                    insert.setObject(4, row[2] == -1 ? null : row[2], java.sql.Types.BIGINT);
                    insert.executeUpdate();
                }
            }
            s.executeUpdate("INSERT INTO tombstone(mailbox_id, object_id, parent_fid, is_folder, associated,"
                    + " change_number, deleted) VALUES (7, 4, 1, FALSE, FALSE, " + ExchangeIds.make(1, high - 1)
                    + ", CURRENT_TIMESTAMP)");
        }

        store = reopenStore();

        try (var c = java.sql.DriverManager.getConnection(jdbc[0], jdbc[1], jdbc[2]); var s = c.createStatement();
                var rs = s.executeQuery("SELECT mid, change_counter, read_counter FROM message ORDER BY mid")) {
            List<List<Long>> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
            assertThat(rows).containsExactly(List.of(2L, high, low), List.of(3L, low, 0L));
        }
        Mailbox old = store.findMailbox("old").orElseThrow();
        ContentsChanges changes = store.contentsChanges(old, 1, low, low);
        assertThat(changes.changed()).extracting(MessageSummary::mid).containsExactly(2L);
        assertThat(changes.readChanged()).isEmpty();
        assertThat(changes.deleted()).extracting(Tombstone::objectId).containsExactly(4L);
        assertThat(changes.lastCounter()).isEqualTo(high);
    }

    /**
     * Migration 11 moves each message's whole bag to table message_content and keeps what was stored readable: the
     * message with its bodies, recipients and attachments, its table row cut from the whole bag when it has none of its
     * own, a replacement of its content and its deletion.
     */
    @Test
    void migrationElevenKeepsStoredMessagesReadable() throws Exception {
        store.close();
        String[] jdbc = jdbc();
        org.flywaydb.core.api.configuration.FluentConfiguration flyway = org.flywaydb.core.Flyway.configure()
                .dataSource(jdbc[0], jdbc[1], jdbc[2]).locations(migrations()).cleanDisabled(false);
        flyway.load().clean();
        flyway.target("10").load().migrate();
        List<PropertyValue> bag = List.of(PropertyValue.of(PidTag.SUBJECT, "s".repeat(300)),
                PropertyValue.of(PidTag.BODY, "b".repeat(20_000)));
        List<PropertyValue> recipient = List.of(PropertyValue.of(PidTag.DISPLAY_NAME, "Bob"));
        List<PropertyValue> attachment = List.of(PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "big.bin"),
                PropertyValue.of(PidTag.ATTACH_DATA_BINARY, new byte[100_000]));
        long counter = 0x100;
        try (var c = java.sql.DriverManager.getConnection(jdbc[0], jdbc[1], jdbc[2]); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO mailbox(id, owner, display_name, email_address, mailbox_guid, replica_guid,"
                    + " next_counter, next_named_id) VALUES (7, 'old', 'Old', 'old@example.org', '"
                    + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', " + counter + ", 32768)");
            s.executeUpdate("INSERT INTO folder(mailbox_id, fid, display_name, change_number, created, modified)"
                    + " VALUES (7, 1, 'Inbox', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            try (var insert = c.prepareStatement("INSERT INTO message(mailbox_id, mid, fid, change_number,"
                    + " message_flags, message_size, has_attachments, received, properties, change_counter)"
                    + " VALUES (7, ?, 1, ?, 0, 0, TRUE, CURRENT_TIMESTAMP, ?, ?)")) {
                for (long mid : new long[] {2, 3}) {
                    insert.setLong(1, mid);
                    insert.setLong(2, ExchangeIds.make(1, mid + 0x10));
                    insert.setBytes(3, PropertyBagSerializer.serialize(bag));
                    insert.setLong(4, mid + 0x10);
                    insert.executeUpdate();
                }
            }
            try (var insert = c.prepareStatement("INSERT INTO recipient(mailbox_id, mid, row_id, properties)"
                    + " VALUES (7, 2, 0, ?)")) {
                insert.setBytes(1, PropertyBagSerializer.serialize(recipient));
                insert.executeUpdate();
            }
            try (var insert = c.prepareStatement("INSERT INTO attachment(mailbox_id, mid, attach_num, properties)"
                    + " VALUES (7, 2, 0, ?)")) {
                insert.setBytes(1, PropertyBagSerializer.serialize(attachment));
                insert.executeUpdate();
            }
        }

        store = reopenStore();

        Mailbox old = store.findMailbox("old").orElseThrow();
        assertThat(store.message(old, 2).orElseThrow().properties()).containsExactlyElementsOf(bag);
        assertThat(store.messagesByMid(old, List.of(2L, 3L, 4L))).containsOnlyKeys(2L, 3L);
        assertThat(store.messagesByMid(old, List.of(3L)).get(3L).properties()).containsExactlyElementsOf(bag);
        assertThat(store.tableRowsByMid(old, List.of(2L)).get(2L).properties()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(RowProperties.of(bag));
        assertThat(store.messages(old, 1)).extracting(MessageRecord::properties).containsOnly(bag);
        assertThat(store.recipients(old, 2)).containsExactly(recipient);
        assertThat(store.recipientsByMid(old, List.of(2L, 3L))).containsOnlyKeys(2L);
        assertThat(store.attachments(old, 2)).extracting(AttachmentRecord::properties).containsExactly(attachment);
        assertThat(store.attachmentsByMid(old, List.of(2L, 3L)).get(2L)).extracting(AttachmentRecord::properties)
                .containsExactly(attachment);

        List<PropertyValue> replaced = List.of(PropertyValue.of(PidTag.SUBJECT, "new"));
        store.saveMessage(old, 1, 2, NewMessage.of(replaced), false, null);
        assertThat(store.message(old, 2).orElseThrow().properties()).containsExactlyElementsOf(replaced);
        assertThat(store.message(old, 3).orElseThrow().properties()).containsExactlyElementsOf(bag);
        assertThat(store.deleteMessages(old, 1, List.of(3L))).containsExactly(3L);
        assertThat(store.message(old, 3)).isEmpty();
        assertThat(store.messagesByMid(old, List.of(2L, 3L))).containsOnlyKeys(2L);
    }

    /** A message's content is replaced with it, goes with its deletion and stays with its mailbox. */
    @Test
    void contentFollowsEverySaveAndDeletionOfItsMessage() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        Mailbox other = store.createMailbox("bob", "Bob", "bob@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        List<PropertyValue> first = List.of(PropertyValue.of(PidTag.BODY, "first ".repeat(2000)));
        List<PropertyValue> second = List.of(PropertyValue.of(PidTag.SUBJECT, "second"));
        MessageRecord m = store.createMessage(box, inbox, NewMessage.of(first));
        MessageRecord kept = store.createMessage(box, inbox, NewMessage.of(second));

        store.saveMessage(box, inbox, m.mid(), NewMessage.of(second), false, null);

        assertThat(store.message(box, m.mid()).orElseThrow().properties()).containsExactlyElementsOf(second);
        assertThat(store.message(other, m.mid())).isEmpty();
        assertThat(store.messagesByMid(other, List.of(m.mid(), kept.mid()))).isEmpty();
        long projects = store.createFolder(box, box.folderId(SpecialFolder.IPM_SUBTREE), "Projects", "IPF.Note").fid();
        long copy = store.moveMessages(box, inbox, List.of(m.mid()), projects, true).getFirst();
        assertThat(store.message(box, copy).orElseThrow().properties()).containsExactlyElementsOf(second);
        store.deleteMessages(box, inbox, List.of(m.mid()));
        assertThat(store.message(box, m.mid())).isEmpty();
        assertThat(store.messagesByMid(box, List.of(m.mid(), kept.mid(), copy))).containsOnlyKeys(kept.mid(), copy);
        store.deleteFolder(box, projects);
        assertThat(store.message(box, copy)).isEmpty();
        assertThat(store.message(box, kept.mid()).orElseThrow().properties()).containsExactlyElementsOf(second);
    }

    private static final int RULE_NAME = 0x6682;
    private static final int RULE_CONDITION = 0x6679;
    private static final int RULE_ACTIONS = 0x6680;
    private static final PropertyTag RULE_SEQUENCE_TAG = PropertyTag.of(0x6676, PropertyType.INTEGER32);
    private static final PropertyTag RULE_NAME_TAG = PropertyTag.of(RULE_NAME, PropertyType.STRING);

    private static List<PropertyValue> rule(int sequence, String name, Restriction condition, RuleActions actions) {
        return List.of(PropertyValue.of(RULE_SEQUENCE_TAG, sequence), PropertyValue.of(RULE_NAME_TAG, name),
                PropertyValue.of(PropertyTag.of(0x6677, PropertyType.INTEGER32), 1),
                PropertyValue.of(PropertyTag.of(0x6681, PropertyType.STRING), "RuleOrganizer"),
                PropertyValue.of(PropertyTag.of(RULE_CONDITION, PropertyType.RESTRICTION), condition),
                PropertyValue.of(PropertyTag.of(RULE_ACTIONS, PropertyType.RULE_ACTION), actions));
    }
}
