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
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/**
 * Creations uploaded by ICS with a client-chosen PidTagSourceKey ([MS-OXCFXICS] 2.2.1.2.5) against the real
 * server on loopback: a replay of the same creation (the client crashed before it recorded the first) finds
 * the message it made instead of making a second one, also after a server restart.
 */
class IcsCreateReplayIntegrationTest extends EmbeddedServerFixture {
    static final UUID CLIENT = UUID.fromString("c1c1c1c1-0000-4000-8000-000000000002");

    Mailbox box;
    long inbox;

    @Override
    protected void populate() {
        box = store.createMailbox("alice", "Alice", "alice@example.org");
        inbox = box.folderId(SpecialFolder.INBOX);
    }

    private static MessageSpec content(String subject) {
        return MessageSpec.of(List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.SUBJECT, subject)));
    }

    private static ImportedVersion creation(Xid key) {
        return new ImportedVersion(key.encode(), Instant.now(), key.encode(),
                PredecessorChangeList.of(List.of(key)).encode());
    }

    @Test
    void aReplayedCreationFindsTheMessageItMade() {
        Xid key = Xid.ofGlobCnt(CLIENT, 1);
        ImportResult first;
        try (MapiSession session = connect()) {
            first = session.writer().importMessageChange(inbox, creation(key), content("draft"), true);
        }
        restartEmbeddedServer();
        try (MapiSession session = connect()) {
            ImportResult replay = session.writer().importMessageChange(inbox, creation(key), content("draft"), true);

            assertThat(first.status()).isEqualTo(ImportResult.Status.SAVED);
            assertThat(replay).isEqualTo(first);
            assertThat(store.messages(box, inbox)).singleElement().extracting(MessageRecord::mid)
                    .isEqualTo(first.messageId());
        }
    }

    @Test
    void aLaterEditByTheClientsKeyReplacesTheCreatedMessage() {
        Xid key = Xid.ofGlobCnt(CLIENT, 2);
        try (MapiSession session = connect()) {
            ImportResult created = session.writer().importMessageChange(inbox, creation(key), content("v1"), true);
            Xid edit = Xid.ofGlobCnt(CLIENT, 3);
            ImportedVersion second = new ImportedVersion(key.encode(), Instant.now(), edit.encode(),
                    PredecessorChangeList.of(List.of(key, edit)).encode());
            ImportResult edited = session.writer().importMessageChange(inbox, second, content("v2"), true);

            assertThat(edited).isEqualTo(created);
            assertThat(store.messages(box, inbox)).singleElement().satisfies(m -> assertThat(m.properties())
                    .contains(PropertyValue.of(PidTag.SUBJECT, "v2")));
            ImportResult stale = session.writer().importMessageChange(inbox, creation(key), content("v1"), true);
            assertThat(stale).isEqualTo(new ImportResult(ImportResult.Status.IGNORED_OLDER, created.messageId()));
            assertThat(store.messages(box, inbox)).hasSize(1);
        }
    }
}
