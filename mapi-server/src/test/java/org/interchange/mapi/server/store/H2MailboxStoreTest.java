package org.interchange.mapi.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2MailboxStoreTest extends MailboxStoreContract {
    @TempDir
    Path dir;

    @Override
    protected MailboxStore openStore() {
        return H2MailboxStore.open(dir);
    }

    @Test
    void dataSurvivesReopening() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        store.close();

        store = H2MailboxStore.open(dir);

        assertThat(store.findMailbox("alice")).contains(box);
        assertThat(dir.resolve("mailboxes.mv.db")).exists();
    }

    @Test
    void tableRowsOfMessagesSavedBeforeTheRowBagAreCutFromTheWholeBag() throws Exception {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        MessageRecord saved = store.createMessage(box, box.folderId(SpecialFolder.INBOX),
                NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "x".repeat(400)))));
        store.close();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("mailboxes"), "sa", "");
                var s = c.createStatement()) {
            s.executeUpdate("UPDATE message SET row_properties = NULL");
        }

        store = H2MailboxStore.open(dir);

        assertThat(store.tableRowsByMid(box, List.of(saved.mid())).get(saved.mid()).properties())
                .extracting(PropertyValue::value).containsExactly("x".repeat(RowProperties.MAX_CHARS));
    }
}
