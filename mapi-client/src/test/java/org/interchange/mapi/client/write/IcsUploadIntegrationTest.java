package org.interchange.mapi.client.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/** ICS uploads with change keys, PCLs and conflict detection against the real server on loopback. */
class IcsUploadIntegrationTest extends EmbeddedServerFixture {
    static final UUID CLIENT = UUID.fromString("c1c1c1c1-0000-4000-8000-000000000001");

    Mailbox box;
    long inbox;

    @Override
    protected void populate() {
        box = store.createMailbox("alice", "Alice", "alice@example.org");
        inbox = box.folderId(SpecialFolder.INBOX);
    }

    private static byte[] sourceKey(Mailbox box, long mid) {
        return Xid.ofGlobCnt(box.replicaGuid(), ExchangeIds.globalCounter(mid)).encode();
    }

    private static String subject(MessageRecord m) {
        return m.properties().stream().filter(v -> v.tag().id() == PidTag.SUBJECT.id())
                .map(v -> (String) v.value()).findFirst().orElse(null);
    }

    private static MessageSpec content(String subject) {
        return MessageSpec.of(List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.SUBJECT, subject)));
    }

    /** The version a client makes from {@code base}: a change key of its own added to the base PCL. */
    private static ImportedVersion clientEdit(Mailbox box, MessageRecord base, long clientCounter) {
        Xid key = Xid.ofGlobCnt(CLIENT, clientCounter);
        byte[] pcl = PredecessorChangeList.decode(base.state().version().predecessorChangeList()).with(key).encode();
        return new ImportedVersion(sourceKey(box, base.mid()), Instant.now(), key.encode(), pcl);
    }

    @Test
    void aNewerClientVersionIsSavedAndAnOlderOneIgnored() {
        MessageRecord original = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "v1"))));
        try (MapiSession session = connect()) {
            ImportedVersion edit = clientEdit(box, original, 1);
            ImportResult saved = session.writer().importMessageChange(inbox, edit, content("v2 from client"), true);

            assertThat(saved).isEqualTo(new ImportResult(ImportResult.Status.SAVED, original.mid()));
            MessageRecord after = store.message(box, original.mid()).orElseThrow();
            assertThat(subject(after)).isEqualTo("v2 from client");
            assertThat(after.state().version().changeKey()).isEqualTo(edit.changeKey());

            ImportResult again = session.writer().importMessageChange(inbox, edit, content("stale"), true);
            assertThat(again.status()).isEqualTo(ImportResult.Status.IGNORED_OLDER);
            assertThat(subject(store.message(box, original.mid()).orElseThrow())).isEqualTo("v2 from client");
        }
    }

    @Test
    void concurrentChangesConflictUnlessTheClientAcceptsAMerge() {
        MessageRecord original = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "v1"))));
        MessageRecord serverEdit = store.saveMessage(box, inbox, original.mid(),
                NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "v2 from server"))), false, null);
        try (MapiSession session = connect()) {
            ImportedVersion edit = clientEdit(box, original, 1);

            ImportResult refused = session.writer().importMessageChange(inbox, edit, content("v2 from client"), true);
            assertThat(refused.status()).isEqualTo(ImportResult.Status.CONFLICT);
            assertThat(subject(store.message(box, original.mid()).orElseThrow())).isEqualTo("v2 from server");

            ImportResult merged = session.writer().importMessageChange(inbox, edit, content("v2 from client"), false);
            assertThat(merged.status()).isEqualTo(ImportResult.Status.SAVED);
            MessageRecord after = store.message(box, original.mid()).orElseThrow();
            PredecessorChangeList pcl = PredecessorChangeList.decode(after.state().version().predecessorChangeList());
            assertThat(pcl.includes(PredecessorChangeList.decode(serverEdit.state().version().predecessorChangeList())))
                    .isTrue();
            assertThat(pcl.includes(PredecessorChangeList.decode(edit.predecessorChangeList()))).isTrue();
        }
    }

    @Test
    void newMessagesDeletionsAndReadStatesAreUploaded() {
        MessageRecord gone = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "gone"))));
        MessageRecord unread = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "u"))));
        MessageRecord deletedThere = store.createMessage(box, inbox, NewMessage.of(List.of()));
        store.deleteMessages(box, inbox, List.of(deletedThere.mid()));
        try (MapiSession session = connect()) {
            Xid created = Xid.ofGlobCnt(CLIENT, 7);
            ImportResult fresh = session.writer().importMessageChange(inbox, new ImportedVersion(created.encode(),
                    Instant.now(), created.encode(), PredecessorChangeList.of(List.of(created)).encode()),
                    content("made offline"), true);
            assertThat(fresh.status()).isEqualTo(ImportResult.Status.SAVED);
            MessageRecord stored = store.message(box, fresh.messageId()).orElseThrow();
            assertThat(subject(stored)).isEqualTo("made offline");
            assertThat(stored.state().version().changeKey()).isEqualTo(created.encode());

            ImportResult late = session.writer().importMessageChange(inbox, clientEdit(box, deletedThere, 2),
                    content("edit of a deleted message"), true);
            assertThat(late.status()).isEqualTo(ImportResult.Status.DELETED_ON_SERVER);

            session.writer().importDeletes(inbox, List.of(sourceKey(box, gone.mid())), true);
            session.writer().importReadStates(inbox, List.of(new ReadStateChange(sourceKey(box, unread.mid()), true)));
        }
        assertThat(store.message(box, gone.mid())).isEmpty();
        assertThat(store.message(box, unread.mid()).orElseThrow().isRead()).isTrue();
    }

    @Test
    void manyDeletionsAndReadStatesOfAFolderGoOnOneCollectorInSeveralRops() {
        List<MessageRecord> made = new java.util.ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            made.add(store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "m" + i)))));
        }
        List<MessageRecord> doomed = made.subList(0, 600);
        List<MessageRecord> kept = made.subList(600, made.size());
        List<byte[]> keys = new java.util.ArrayList<>(doomed.stream().map(m -> sourceKey(box, m.mid())).toList());
        keys.add(Xid.ofGlobCnt(box.replicaGuid(), 0xFFFFFFL).encode());
        assertThat(keys.stream().mapToInt(k -> 2 + k.length).sum()).isGreaterThan(IcsImports.CHUNK_BYTES);
        try (MapiSession session = connect()) {
            session.writer().importDeletes(inbox, keys, true);
            session.writer().importReadStates(inbox, kept.stream()
                    .map(m -> new ReadStateChange(sourceKey(box, m.mid()), true)).toList());
        }
        assertThat(store.messages(box, inbox)).hasSize(kept.size()).allSatisfy(m -> assertThat(m.isRead()).isTrue());
    }
}
