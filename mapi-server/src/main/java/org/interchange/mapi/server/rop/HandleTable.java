package org.interchange.mapi.server.rop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.rop.RopNotifyResponse;
import java.util.Map;
import java.util.Optional;

/**
 * The server objects of one session keyed by the 32-bit handles the client holds,
 * [MS-OXCROPS] 2.2.1 (Server object handle table); also the session's logons by LogonId and the
 * RopNotify responses waiting for it.
 */
public final class HandleTable {
    /** [MS-OXCROPS] 2.2.1: 0xFFFFFFFF in a handle table means no object. */
    public static final int NO_HANDLE = 0xFFFFFFFF;
    /** Open objects one session may hold; beyond this, opening fails. */
    public static final int MAX_OBJECTS = 4096;
    /** Notifications one session may have waiting. */
    public static final int MAX_QUEUED_NOTIFICATIONS = 1024;

    private final Runnable signal;
    private final Queue<RopNotifyResponse> notifications = new ConcurrentLinkedQueue<>();
    private final Map<Integer, ServerObject> objects = new HashMap<>();
    private final Map<Integer, LogonObject> logons = new HashMap<>();
    private int next = 1;

    /** A table whose session is not told about queued notifications. */
    public HandleTable() {
        this(() -> { });
    }

    /** A table that runs {@code signal} whenever a notification is queued for it (NotificationWait wakes up). */
    public HandleTable(Runnable signal) {
        this.signal = signal;
    }

    /**
     * Queues a RopNotify for the session's next response, [MS-OXCNOTIF] 3.2.5; may be called from any
     * thread. At most {@link #MAX_QUEUED_NOTIFICATIONS} wait; older ones are dropped first.
     */
    public void queue(RopNotifyResponse notification) {
        notifications.add(notification);
        while (notifications.size() > MAX_QUEUED_NOTIFICATIONS) {
            notifications.poll();
        }
        signal.run();
    }

    /** Takes the queued notifications that fit {@code maxBytes} of response buffer, oldest first. */
    public List<RopNotifyResponse> drainNotifications(int maxBytes) {
        List<RopNotifyResponse> out = new ArrayList<>();
        int room = maxBytes;
        for (RopNotifyResponse n = notifications.peek(); n != null; n = notifications.peek()) {
            ByteWriter w = new ByteWriter();
            n.encode(w);
            if (w.size() > room) {
                break;
            }
            room -= w.size();
            out.add(notifications.poll());
        }
        return out;
    }

    /** Registers an object and returns its new handle. */
    public int add(ServerObject object) {
        if (objects.size() >= MAX_OBJECTS) {
            throw new RopFailure(RopErrors.NOT_ENOUGH_MEMORY, "session holds " + MAX_OBJECTS + " objects");
        }
        while (next == NO_HANDLE || objects.containsKey(next) || next == 0) {
            next++;
        }
        int handle = next++;
        objects.put(handle, object);
        if (object instanceof LogonObject logon) {
            logons.put(logon.logonId(), logon);
        }
        return handle;
    }

    public Optional<ServerObject> get(int handle) {
        return Optional.ofNullable(objects.get(handle));
    }

    public Optional<LogonObject> logon(int logonId) {
        return Optional.ofNullable(logons.get(logonId));
    }

    /** Releases a handle; releasing a logon also releases every object opened through it. */
    public void release(int handle) {
        ServerObject removed = objects.remove(handle);
        if (removed instanceof LogonObject logon) {
            logons.remove(logon.logonId(), logon);
            objects.values().removeIf(o -> o.logon() == logon);
        }
    }

    public int size() {
        return objects.size();
    }
}
