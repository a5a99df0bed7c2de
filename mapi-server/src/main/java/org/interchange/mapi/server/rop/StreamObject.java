package org.interchange.mapi.server.rop;

import java.util.Arrays;

/** A read-only property stream, [MS-OXCPRPT] 3.2.5.13: the property's bytes and the seek position. */
public final class StreamObject implements ServerObject {
    private final LogonObject logon;
    private final byte[] data;
    private int position;

    public StreamObject(LogonObject logon, byte[] data) {
        this.logon = logon;
        this.data = data.clone();
    }

    @Override
    public LogonObject logon() {
        return logon;
    }

    public int size() {
        return data.length;
    }

    /** Reads up to {@code count} bytes from the current position and advances it. */
    public byte[] read(int count) {
        int n = Math.clamp(count, 0, data.length - position);
        byte[] out = Arrays.copyOfRange(data, position, position + n);
        position += n;
        return out;
    }
}
