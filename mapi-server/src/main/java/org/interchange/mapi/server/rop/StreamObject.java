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

    public int position() {
        return position;
    }

    /** Moves the position to {@code target}, which may lie beyond the end but not before the start. */
    public void seek(long target) {
        if (target < 0 || target > Integer.MAX_VALUE) {
            throw new RopFailure(RopErrors.STREAM_SEEK_ERROR, "seek to " + target + " is outside the stream");
        }
        position = (int) target;
    }

    /** Reads up to {@code count} bytes from the current position and advances it. */
    public byte[] read(int count) {
        int n = Math.clamp(count, 0, Math.max(0, data.length - position));
        if (n == 0) {
            return new byte[0];
        }
        byte[] out = Arrays.copyOfRange(data, position, position + n);
        position += n;
        return out;
    }
}
