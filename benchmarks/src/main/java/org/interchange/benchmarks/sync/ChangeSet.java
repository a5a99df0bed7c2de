package org.interchange.benchmarks.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * The 100 changes of the incremental sync, made the same on both sides: 50 read-state toggles, 25 new
 * messages and 25 deletions, on the MAPI server's store and in the Maildir Dovecot serves.
 */
final class ChangeSet {
    private final Random random;
    private final MailboxStore store;
    private final Mailbox mailbox;
    private final ServerFill fill;
    private final MaildirExport maildir;
    private final Corpus corpus;
    /** Per message index: its server id, folder and read state (1 read); a deleted one is null. */
    private final List<long[]> messages;

    ChangeSet(Random random, MailboxStore store, Mailbox mailbox, ServerFill fill, MaildirExport maildir,
              Corpus corpus, List<long[]> messages) {
        this.random = random;
        this.store = store;
        this.mailbox = mailbox;
        this.fill = fill;
        this.maildir = maildir;
        this.corpus = corpus;
        this.messages = messages;
    }

    /** One round of the 100 changes; each round adds new messages after those of the rounds before. */
    void apply() {
        int count = messages.size();
        for (int k = 0; k < 50; k++) {
            int i = existing();
            long[] m = messages.get(i);
            m[2] = 1 - m[2];
            store.setRead(mailbox, m[0], m[2] == 1);
            maildir.toggleSeen(maildir.find((int) m[1], i));
        }
        for (int k = 0; k < 25; k++) {
            Corpus.Message m = corpus.message(count + k);
            messages.add(new long[] {fill.add(m), m.folder(), m.read() ? 1 : 0});
            maildir.add(m);
        }
        for (int k = 0; k < 25; k++) {
            int i = existing();
            long[] m = messages.get(i);
            store.deleteMessages(mailbox, fill.folderId((int) m[1]), List.of(m[0]));
            try {
                Files.delete(maildir.find((int) m[1], i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            messages.set(i, null);
        }
    }

    private int existing() {
        while (true) {
            int i = random.nextInt(messages.size());
            if (messages.get(i) != null) {
                return i;
            }
        }
    }
}
