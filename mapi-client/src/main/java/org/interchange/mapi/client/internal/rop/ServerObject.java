package org.interchange.mapi.client.internal.rop;

/**
 * A Server object the client holds open: its 32-bit handle from the server object handle table,
 * [MS-OXCROPS] 1.3.1 and 2.2.1. Identity matters: two opens of the same folder are two objects.
 */
public final class ServerObject {
    private final int handle;

    ServerObject(int handle) {
        this.handle = handle;
    }

    public int handle() {
        return handle;
    }

    @Override
    public String toString() {
        return String.format("ServerObject[0x%08X]", handle);
    }
}
