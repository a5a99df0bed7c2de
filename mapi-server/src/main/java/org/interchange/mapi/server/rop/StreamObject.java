package org.interchange.mapi.server.rop;

import java.util.Arrays;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * A property stream, [MS-OXCPRPT] 3.2.5.13 to 3.2.5.20: the property's bytes and the seek position;
 * a stream opened for writing also knows its owner and property, and RopCommitStream (or its
 * release) writes the bytes back as the property's value.
 */
public final class StreamObject implements ServerObject {
    /** Largest stream a client may write: 64 MB. */
    public static final int MAX_SIZE = 64 << 20;

    private final LogonObject logon;
    private final ServerObject owner;
    private final PropertyTag tag;
    private byte[] data;
    private int size;
    private int position;
    private boolean dirty;

    /** A read-only stream over {@code data}. */
    public StreamObject(LogonObject logon, byte[] data) {
        this(logon, null, null, data);
    }

    private StreamObject(LogonObject logon, ServerObject owner, PropertyTag tag, byte[] data) {
        this.logon = logon;
        this.owner = owner;
        this.tag = tag;
        this.data = data.clone();
        this.size = data.length;
    }

    /** A stream that writes property {@code tag} of {@code owner}, starting with {@code data}. */
    public static StreamObject writable(ServerObject owner, PropertyTag tag, byte[] data) {
        return new StreamObject(owner.logon(), owner, tag, data);
    }

    @Override
    public LogonObject logon() {
        return logon;
    }

    public int size() {
        return size;
    }

    public int position() {
        return position;
    }

    public boolean isWritable() {
        return owner != null;
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
        int n = Math.clamp(count, 0, Math.max(0, size - position));
        if (n == 0) {
            return new byte[0];
        }
        byte[] out = Arrays.copyOfRange(data, position, position + n);
        position += n;
        return out;
    }

    /** Writes at the position, growing the stream (RopWriteStream, [MS-OXCPRPT] 3.2.5.16). */
    public void write(byte[] bytes) {
        requireWritable();
        long end = (long) position + bytes.length;
        if (end > MAX_SIZE) {
            throw new RopFailure(RopErrors.STREAM_SIZE_ERROR, "stream would grow to " + end + " bytes");
        }
        ensureCapacity((int) end);
        System.arraycopy(bytes, 0, data, position, bytes.length);
        position = (int) end;
        size = Math.max(size, position);
        dirty = true;
    }

    /** Truncates or zero-extends the stream (RopSetStreamSize, [MS-OXCPRPT] 3.2.5.20). */
    public void setSize(long newSize) {
        requireWritable();
        if (newSize < 0 || newSize > MAX_SIZE) {
            throw new RopFailure(RopErrors.STREAM_SIZE_ERROR, "stream size " + newSize);
        }
        ensureCapacity((int) newSize);
        if (newSize > size) {
            Arrays.fill(data, size, (int) newSize, (byte) 0);
        }
        size = (int) newSize;
        dirty = true;
    }

    /** The owner and property this stream writes, and its bytes; null for a read-only or unchanged stream. */
    public Commit pendingCommit() {
        return dirty ? new Commit(owner, tag, Arrays.copyOf(data, size)) : null;
    }

    public void committed() {
        dirty = false;
    }

    /** What RopCommitStream writes. */
    public record Commit(ServerObject owner, PropertyTag tag, byte[] bytes) {
    }

    private void requireWritable() {
        if (owner == null) {
            throw new RopFailure(RopErrors.ACCESS_DENIED, "the stream was opened read-only");
        }
    }

    private void ensureCapacity(int needed) {
        if (needed > data.length) {
            data = Arrays.copyOf(data, Math.max(needed, Math.min(MAX_SIZE, data.length * 2 + 1024)));
        }
    }
}
