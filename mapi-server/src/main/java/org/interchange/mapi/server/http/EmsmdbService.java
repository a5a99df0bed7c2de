package org.interchange.mapi.server.http;

import java.time.Duration;
import org.interchange.mapi.codec.http.ConnectRequest;
import org.interchange.mapi.codec.http.ConnectResponse;
import org.interchange.mapi.codec.http.DisconnectResponse;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.http.NotificationWaitResponse;
import org.interchange.mapi.server.rop.ExecuteProcessor;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * The EMSMDB operations behind the request types, [MS-OXCMAPIHTTP] 3.2.5.1 to 3.2.5.4: Connect
 * (creating the user's mailbox on first use), Execute, NotificationWait and Disconnect.
 */
final class EmsmdbService {
    /** Connect response timing hints, [MS-OXCMAPIHTTP] 2.2.4.1.2, in milliseconds. */
    private static final int MAX_POLLING_INTERVAL = 60_000;
    private static final int RETRY_COUNT = 6;
    private static final int RETRY_DELAY = 10_000;
    /** The mail domain of mailboxes created for users whose name is not an address. */
    private static final String LOCAL_DOMAIN = "interchange.local";

    private final MailboxStore store;
    private final ExecuteProcessor processor;

    EmsmdbService(MailboxStore store, ExecuteProcessor processor) {
        this.store = store;
        this.processor = processor;
    }

    /** Whether the UserDn of a Connect request names {@code user} (an empty DN names the caller). */
    static boolean namesUser(ConnectRequest request, String user) {
        return request.userDn().isEmpty() || UserDn.userOf(request.userDn()).equalsIgnoreCase(user);
    }

    /** Connects {@code user}; the caller checked {@link #namesUser}. */
    ConnectResponse connect(String user) {
        Mailbox mailbox = store.findMailbox(user).orElseGet(() -> store.createMailbox(user, user,
                user.contains("@") ? user : user + "@" + LOCAL_DOMAIN));
        return new ConnectResponse(0, 0, MAX_POLLING_INTERVAL, RETRY_COUNT, RETRY_DELAY, UserDn.PREFIX,
                mailbox.displayName(), new byte[0]);
    }

    ExecuteResponse execute(MapiSession session, ExecuteRequest request) {
        synchronized (session) {
            return processor.execute(request, session.user(), session.handles());
        }
    }

    /**
     * NotificationWait, [MS-OXCMAPIHTTP] 3.2.5.5 and [MS-OXCRPC] 3.3.4.1: held until an event is
     * signalled for the session ({@link MapiSession#signalNotification()}), the session ends or
     * {@code timeout} passes; EventPending tells which.
     */
    NotificationWaitResponse notificationWait(MapiSession session, Duration timeout) throws InterruptedException {
        boolean pending = session.awaitNotification(timeout);
        return new NotificationWaitResponse(0, 0, pending ? NotificationWaitResponse.EVENT_PENDING : 0, new byte[0]);
    }

    DisconnectResponse disconnect() {
        return new DisconnectResponse(0, 0, new byte[0]);
    }
}
