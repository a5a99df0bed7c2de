package org.interchange.mapi.codec.fxics;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * XID, [MS-OXCFXICS] 2.2.2.2: a NamespaceGuid and a LocalId of 1 to 8 bytes, most significant
 * first. PidTagSourceKey holds one with a 6-byte LocalId (a GLOBCNT), PidTagChangeKey one of the
 * change number; the size comes from the context.
 */
public final class Xid {
    private final UUID namespaceGuid;
    private final byte[] localId;

    public Xid(UUID namespaceGuid, byte[] localId) {
        this.namespaceGuid = Objects.requireNonNull(namespaceGuid, "namespaceGuid");
        if (localId.length < 1 || localId.length > 8) {
            throw new MapiCodecException("XID LocalId of " + localId.length + " bytes; it takes 1 to 8");
        }
        this.localId = localId.clone();
    }

    /** An XID with a GLOBCNT as its 6-byte LocalId, as in PidTagSourceKey. */
    public static Xid ofGlobCnt(UUID namespaceGuid, long globCnt) {
        return new Xid(namespaceGuid, GlobCnt.toBytes(globCnt));
    }

    /** Reads an XID that fills {@code bytes} (17 to 24 bytes). */
    public static Xid decode(byte[] bytes) {
        if (bytes.length < 17 || bytes.length > 24) {
            throw new MapiCodecException("an XID takes 17 to 24 bytes, not " + bytes.length);
        }
        ByteReader in = new ByteReader(bytes);
        return new Xid(in.guid(), in.bytes(bytes.length - 16, "XID LocalId"));
    }

    public byte[] encode() {
        ByteWriter out = new ByteWriter(16 + localId.length);
        out.guid(namespaceGuid).bytes(localId);
        return out.toByteArray();
    }

    public UUID namespaceGuid() {
        return namespaceGuid;
    }

    public byte[] localId() {
        return localId.clone();
    }

    /** The LocalId as an unsigned number, for comparing XIDs of one namespace. */
    public long localIdValue() {
        long v = 0;
        for (byte b : localId) {
            v = v << 8 | b & 0xFF;
        }
        return v;
    }

    /** Whether both XIDs share the namespace and this LocalId is the same or greater. */
    public boolean includes(Xid other) {
        return namespaceGuid.equals(other.namespaceGuid)
                && Long.compareUnsigned(localIdValue(), other.localIdValue()) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Xid other && namespaceGuid.equals(other.namespaceGuid)
                && Arrays.equals(localId, other.localId);
    }

    @Override
    public int hashCode() {
        return namespaceGuid.hashCode() * 31 + Arrays.hashCode(localId);
    }

    @Override
    public String toString() {
        return namespaceGuid + ":" + HexFormat.of().formatHex(localId);
    }
}
