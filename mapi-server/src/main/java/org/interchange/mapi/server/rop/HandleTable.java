package org.interchange.mapi.server.rop;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The server objects of one session keyed by the 32-bit handles the client holds,
 * [MS-OXCROPS] 2.2.1 (Server object handle table); also the session's logons by LogonId.
 */
public final class HandleTable {
    /** [MS-OXCROPS] 2.2.1: 0xFFFFFFFF in a handle table means no object. */
    public static final int NO_HANDLE = 0xFFFFFFFF;
    /** Open objects one session may hold; beyond this, opening fails. */
    public static final int MAX_OBJECTS = 4096;

    private final Map<Integer, ServerObject> objects = new HashMap<>();
    private final Map<Integer, LogonObject> logons = new HashMap<>();
    private int next = 1;

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
