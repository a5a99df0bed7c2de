package org.interchange.mapi.server.rop;

import org.interchange.mapi.server.store.MailboxStore;

/**
 * What a ROP handler works with during one Execute, [MS-OXCROPS] 2.2.1: the store, the
 * authenticated user, the session's {@link HandleTable}, the request's handle table (updated in
 * place with new handles) and how many response bytes remain.
 */
public final class RopContext {
    private final MailboxStore store;
    private final NotificationHub notifications;
    private final String user;
    private final HandleTable table;
    private final int[] handles;
    private final int budget;
    private int remaining;

    public RopContext(MailboxStore store, NotificationHub notifications, String user, HandleTable table, int[] handles,
            int budget) {
        this.store = store;
        this.notifications = notifications;
        this.user = user;
        this.table = table;
        this.handles = handles;
        this.budget = budget;
        this.remaining = budget;
    }

    public MailboxStore store() {
        return store;
    }

    /** Where changes are announced to subscribed sessions, [MS-OXCNOTIF] 3.2.5. */
    public NotificationHub notifications() {
        return notifications;
    }

    /** The handle the session's table holds at {@code handleIndex}, once a ROP has put an object there. */
    public int handleAt(int handleIndex) {
        return handles[handleIndex];
    }

    /** The authenticated user name of the session. */
    public String user() {
        return user;
    }

    public HandleTable table() {
        return table;
    }

    /** The object at {@code handleIndex}, or ecNullObject. */
    public ServerObject object(int handleIndex) {
        if (handleIndex < 0 || handleIndex >= handles.length) {
            throw new RopFailure(RopErrors.NULL_OBJECT, "handle index " + handleIndex + " outside the handle table");
        }
        return table.get(handles[handleIndex]).orElseThrow(() -> new RopFailure(RopErrors.NULL_OBJECT,
                "no object for handle 0x" + Integer.toHexString(handles[handleIndex])));
    }

    /** The object at {@code handleIndex} if it is a {@code type}; another object type gives ecNotSupported. */
    public <T extends ServerObject> T object(int handleIndex, Class<T> type) {
        ServerObject o = object(handleIndex);
        if (!type.isInstance(o)) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, type.getSimpleName() + " expected, found "
                    + o.getClass().getSimpleName());
        }
        return type.cast(o);
    }

    /** Registers a new object and puts its handle at {@code outputHandleIndex}. */
    public void put(int outputHandleIndex, ServerObject object) {
        if (outputHandleIndex < 0 || outputHandleIndex >= handles.length) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "output handle index " + outputHandleIndex
                    + " outside the handle table of " + handles.length);
        }
        handles[outputHandleIndex] = table.add(object);
    }

    /** Releases the object at {@code handleIndex}, if any (RopRelease, [MS-OXCROPS] 2.2.15.3). */
    public void release(int handleIndex) {
        if (handleIndex >= 0 && handleIndex < handles.length) {
            table.get(handles[handleIndex]).ifPresent(this::commitOnRelease);
            table.release(handles[handleIndex]);
        }
    }

    /** A written stream that is released without RopCommitStream is committed, [MS-OXCPRPT] 3.2.5.17. */
    private void commitOnRelease(ServerObject object) {
        if (object instanceof StreamObject stream && stream.isWritable()) {
            try {
                PropertyWriter.commit(store, stream);
            } catch (RopFailure e) {
                // RopRelease has no response to report it in; the write is dropped.
            }
        }
    }

    public int[] handles() {
        return handles.clone();
    }

    /** Response bytes still available for the ROPs not yet answered. */
    public int remainingBytes() {
        return remaining;
    }

    /** Response bytes the ROPs answered so far take. */
    int usedBytes() {
        return budget - remaining;
    }

    void consume(int bytes) {
        remaining -= bytes;
    }
}
