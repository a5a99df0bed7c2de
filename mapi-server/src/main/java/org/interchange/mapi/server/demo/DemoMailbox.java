package org.interchange.mapi.server.demo;

import java.time.Instant;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;

/** The demo user's private mailbox ([MS-OXCSTOR] 1.3.1): created and filled with {@link DemoDataGenerator} once, then reused. */
public final class DemoMailbox {
    public static final String USER = "demo";
    public static final String DISPLAY_NAME = "Alex Demo";
    public static final String EMAIL_ADDRESS = "alex.demo@interchange.example";
    /** The seed of the demo content, so every demo mailbox holds the same items. */
    public static final long SEED = 20261129L;

    private DemoMailbox() {
    }

    /** The demo mailbox in {@code store}, created and filled relative to {@code now} if absent. */
    public static Mailbox ensure(MailboxStore store, Instant now) {
        return store.findMailbox(USER).orElseGet(() -> {
            Mailbox box = store.createMailbox(USER, DISPLAY_NAME, EMAIL_ADDRESS);
            new DemoDataGenerator(SEED, now).fill(store, box);
            return box;
        });
    }
}
