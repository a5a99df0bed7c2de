package org.interchange.cache.h2;

import static org.interchange.cache.h2.TestItems.mail;
import static org.interchange.cache.h2.TestItems.mailFolder;

import java.nio.file.Path;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.ItemBatch;

/** Run in a child JVM: commits one batch, starts a second, then dies without closing anything. */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        H2CacheStore store = H2CacheStore.open(Path.of(args[0]));
        BackendFolder inbox = TestItems.account(store, mailFolder("inbox", "Inbox")).folder("inbox");
        try (ItemBatch batch = inbox.beginBatch()) {
            for (int i = 0; i < 50; i++) {
                batch.upsert(mail("kept-" + i, false));
            }
            batch.setSyncCursor(new byte[]{1});
            batch.commit();
        }
        ItemBatch unfinished = inbox.beginBatch();
        for (int i = 0; i < 50; i++) {
            unfinished.upsert(mail("lost-" + i, true));
        }
        unfinished.setSyncCursor(new byte[]{2});
        Runtime.getRuntime().halt(3);
    }
}
