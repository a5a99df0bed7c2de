package org.interchange.mapi.client.ics;

import java.util.List;
import java.util.concurrent.locks.Lock;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.client.internal.session.SessionContext;
import org.interchange.mapi.codec.rop.RopGetStoreStateRequest;
import org.interchange.mapi.codec.rop.RopGetStoreStateResponse;
import org.interchange.mapi.codec.rop.RopNotifyResponse;
import org.interchange.mapi.codec.rop.RopRegisterNotificationRequest;
import org.interchange.mapi.codec.rop.RopRegisterNotificationResponse;

/**
 * A subscription to changes of one folder's messages, [MS-OXCNOTIF] 3.1.4.1 (RopRegisterNotification):
 * after the server signals events ({@code MapiSession.awaitEvents}), {@link #poll()} fetches the
 * RopNotify responses waiting for the session. Close it to end the subscription. A reconnect of
 * the session (expired Session Context) ends it too; watch again then.
 */
public final class FolderWatch implements AutoCloseable {
    /** NewMail, ObjectCreated, ObjectDeleted, ObjectModified, ObjectMoved and ObjectCopied. */
    static final int EVENTS = 0x0002 | 0x0004 | 0x0008 | 0x0010 | 0x0020 | 0x0040;

    private final Lock lock;
    private final SessionContext session;
    private final ServerObject subscription;

    private FolderWatch(Lock lock, SessionContext session, ServerObject subscription) {
        this.lock = lock;
        this.session = session;
        this.subscription = subscription;
    }

    /** Subscribes (the caller holds the session's call lock {@code lock}, which later calls take again). */
    public static FolderWatch start(Lock lock, SessionContext session, long folderId) {
        RopBatch batch = session.executor().newBatch();
        int slot = batch.output();
        RopBatch.Ticket<RopRegisterNotificationResponse> register = batch.add(new RopRegisterNotificationRequest(
                RopBatch.LOGON_ID, batch.input(session.logon()), slot, EVENTS, 0, false, folderId, 0),
                RopRegisterNotificationResponse.class);
        BatchResult result = session.executor().run(batch);
        result.get(register);
        return new FolderWatch(lock, session, result.claim(slot));
    }

    /**
     * The changes pushed since the last poll: those that came with other responses of the session
     * and those one more Execute (RopGetStoreState, [MS-OXCSTOR] 2.2.1.5) collects.
     */
    public List<ChangeNotification> poll() {
        lock.lock();
        try {
            RopBatch batch = session.executor().newBatch();
            RopBatch.Ticket<RopGetStoreStateResponse> state = batch.add(new RopGetStoreStateRequest(RopBatch.LOGON_ID,
                    batch.input(session.logon())), RopGetStoreStateResponse.class);
            session.executor().run(batch).get(state);
            return session.executor().drainNotifications().stream().map(FolderWatch::change).toList();
        } finally {
            lock.unlock();
        }
    }

    private static ChangeNotification change(RopNotifyResponse n) {
        return new ChangeNotification(n.notificationData().notificationType(), n.notificationData().folderId(),
                n.notificationData().messageId());
    }

    /** Ends the subscription (its release rides on the session's next request). */
    @Override
    public void close() {
        session.executor().releases().add(subscription);
    }
}
