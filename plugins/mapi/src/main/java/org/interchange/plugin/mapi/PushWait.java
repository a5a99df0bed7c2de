package org.interchange.plugin.mapi;

import java.time.Duration;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.mapi.client.MapiException;
import org.interchange.mapi.client.MapiSession;

/**
 * Push for the MAPI account: NotificationWait ([MS-OXCMAPIHTTP] 2.2.4.4) on the account's session, beside
 * the sync's calls, reporting each pending event. The client library re-arms the wait after empty answers,
 * network loss and expired contexts; when the session is dropped or cannot be opened, the wait starts
 * again on a new one after a doubling pause. It ends when cancelled or when the account's sessions are closed.
 */
final class PushWait {
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final MapiSessionSource sessions;

    PushWait(MapiSessionSource sessions) {
        this.sessions = sessions;
    }

    void run(Runnable changed, CancellationToken cancel) {
        Duration pause = FIRST_PAUSE;
        while (!cancel.isCancelled() && !sessions.isClosed()) {
            try {
                MapiSession session = sessions.session();
                if (session.awaitEvents(WAIT)) {
                    changed.run();
                }
                pause = FIRST_PAUSE;
            } catch (MapiException | IllegalStateException e) {
                // unreachable, refused or closed under us: wait again after a pause (the sync drops broken sessions)
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
