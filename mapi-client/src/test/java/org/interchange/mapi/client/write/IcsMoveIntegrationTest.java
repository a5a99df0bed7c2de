package org.interchange.mapi.client.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/**
 * Moves uploaded with RopSynchronizationImportMessageMove against the real server on loopback: the message keeps
 * its content in the destination folder, the client learns its new MID, a replay of the move changes nothing,
 * and a move of a message deleted on the server meanwhile says so.
 */
class IcsMoveIntegrationTest extends EmbeddedServerFixture {
    static final UUID CLIENT = UUID.fromString("c1c1c1c1-0000-4000-8000-000000000003");

    Mailbox box;
    long inbox;
    long drafts;

    @Override
    protected void populate() {
        box = store.createMailbox("alice", "Alice", "alice@example.org");
        inbox = box.folderId(SpecialFolder.INBOX);
        drafts = box.folderId(SpecialFolder.DRAFTS);
    }

    private byte[] key(long id) {
        return Xid.ofGlobCnt(box.replicaGuid(), ExchangeIds.globalCounter(id)).encode();
    }

    private MessageMove move(MessageRecord m, long counter) {
        Xid change = Xid.ofGlobCnt(CLIENT, counter + 1);
        return new MessageMove(key(inbox), key(m.mid()), m.state().version().predecessorChangeList(),
                Xid.ofGlobCnt(CLIENT, counter).encode(), change.encode());
    }

    @Test
    void aMovedMessageKeepsItsContentAndTheClientLearnsItsNewId() {
        MessageRecord m = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT,
                "to be filed"))));
        try (MapiSession session = connect()) {
            ImportResult moved = session.writer().importMessageMove(drafts, move(m, 1));
            ImportResult replay = session.writer().importMessageMove(drafts, move(m, 1));

            assertThat(moved.status()).isEqualTo(ImportResult.Status.SAVED);
            assertThat(replay).isEqualTo(moved);
            assertThat(store.messages(box, inbox)).isEmpty();
            assertThat(store.messages(box, drafts)).singleElement().satisfies(d -> {
                assertThat(d.mid()).isEqualTo(moved.messageId());
                assertThat(d.properties()).contains(PropertyValue.of(PidTag.SUBJECT, "to be filed"));
            });
        }
    }

    @Test
    void theMovedVersionHasTheClientsChangeKeyAddedToTheMessagesPcl() {
        MessageRecord m = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT,
                "keep my history"))));
        MessageMove move = move(m, 5);
        try (MapiSession session = connect()) {
            session.writer().importMessageMove(drafts, move);
        }

        MessageRecord moved = store.messages(box, drafts).getFirst();
        assertThat(moved.state().version().changeKey()).isEqualTo(move.changeKey());
        assertThat(PredecessorChangeList.decode(moved.state().version().predecessorChangeList())).isEqualTo(
                PredecessorChangeList.decode(m.state().version().predecessorChangeList())
                        .with(Xid.decode(move.changeKey())));
    }

    @Test
    void aMoveWhoseChangeNumberIsNoXidIsRefusedAndMovesNothing() {
        MessageRecord m = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT,
                "stay"))));
        MessageMove bad = new MessageMove(key(inbox), key(m.mid()), m.state().version().predecessorChangeList(),
                Xid.ofGlobCnt(CLIENT, 7).encode(), new byte[] {1, 2, 3});
        try (MapiSession session = connect()) {
            assertThatThrownBy(() -> session.writer().importMessageMove(drafts, bad))
                    .isInstanceOfSatisfying(MapiOperationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(0x80070057));
        }
        assertThat(store.messages(box, inbox)).extracting(MessageRecord::mid).containsExactly(m.mid());
        assertThat(store.messages(box, drafts)).isEmpty();
    }

    @Test
    void aMoveOfAMessageDeletedOnTheServerSaysSo() {
        MessageRecord m = store.createMessage(box, inbox, NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT,
                "gone"))));
        store.deleteMessages(box, inbox, List.of(m.mid()));
        try (MapiSession session = connect()) {
            assertThat(session.writer().importMessageMove(drafts, move(m, 3)).status())
                    .isEqualTo(ImportResult.Status.DELETED_ON_SERVER);
            assertThat(store.messages(box, drafts)).isEmpty();
        }
    }
}
