package org.interchange.mapi.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
