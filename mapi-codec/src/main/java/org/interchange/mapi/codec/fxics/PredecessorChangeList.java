package org.interchange.mapi.codec.fxics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * PredecessorChangeList (PCL), [MS-OXCFXICS] 2.2.2.3: SizedXid structures (2.2.2.3.1: XidSize
 * byte, then the XID), at most one per namespace, here kept with the greatest LocalId seen.
 * {@link #compare} is the conflict detection of 3.1.5.6.1: A includes B when every XID of B has an
 * XID in A of the same namespace with the same or a greater LocalId.
 */
public final class PredecessorChangeList {
    private final Map<UUID, Xid> byNamespace;

    private PredecessorChangeList(Map<UUID, Xid> byNamespace) {
        this.byNamespace = byNamespace;
    }

    public static PredecessorChangeList of(List<Xid> xids) {
        PredecessorChangeList pcl = new PredecessorChangeList(new LinkedHashMap<>());
        for (Xid x : xids) {
            pcl = pcl.with(x);
        }
        return pcl;
    }

    public static PredecessorChangeList decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes);
        List<Xid> xids = new ArrayList<>();
        while (in.hasRemaining()) {
            int size = in.u8();
            if (size < 17 || size > 24) {
                throw new MapiCodecException("PCL XidSize " + size + " at offset " + (in.position() - 1)
                        + " is outside 17..24");
            }
            xids.add(Xid.decode(in.bytes(size, "PCL XID")));
        }
        return of(xids);
    }

    public byte[] encode() {
        ByteWriter out = new ByteWriter();
        for (Xid x : byNamespace.values()) {
            byte[] xid = x.encode();
            out.u8(xid.length).bytes(xid);
        }
        return out.toByteArray();
    }

    public List<Xid> xids() {
        return List.copyOf(byNamespace.values());
    }

    /** This PCL with {@code xid} merged in: it replaces an older XID of its namespace. */
    public PredecessorChangeList with(Xid xid) {
        Xid current = byNamespace.get(xid.namespaceGuid());
        if (current != null && current.includes(xid)) {
            return this;
        }
        Map<UUID, Xid> copy = new LinkedHashMap<>(byNamespace);
        copy.put(xid.namespaceGuid(), xid);
        return new PredecessorChangeList(copy);
    }

    /** The union of both PCLs, the greater LocalId per namespace. */
    public PredecessorChangeList merge(PredecessorChangeList other) {
        PredecessorChangeList out = this;
        for (Xid x : other.byNamespace.values()) {
            out = out.with(x);
        }
        return out;
    }

    /** Whether this PCL includes (or equals) {@code other}. */
    public boolean includes(PredecessorChangeList other) {
        for (Xid x : other.byNamespace.values()) {
            Xid mine = byNamespace.get(x.namespaceGuid());
            if (mine == null || !mine.includes(x)) {
                return false;
            }
        }
        return true;
    }

    /** How two versions of one object relate, from their PCLs (3.1.5.6.1). */
    public enum Relation {
        /** Each PCL includes the other. */
        SAME,
        /** This version includes the other: the other is older and is ignored. */
        NEWER,
        /** The other version includes this one: it supersedes this one. */
        OLDER,
        /** Neither includes the other: the versions conflict. */
        CONFLICT
    }

    public Relation compare(PredecessorChangeList other) {
        boolean mine = includes(other);
        boolean theirs = other.includes(this);
        if (mine && theirs) {
            return Relation.SAME;
        }
        if (mine) {
            return Relation.NEWER;
        }
        return theirs ? Relation.OLDER : Relation.CONFLICT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PredecessorChangeList other && byNamespace.equals(other.byNamespace);
    }

    @Override
    public int hashCode() {
        return byNamespace.hashCode();
    }

    @Override
    public String toString() {
        return byNamespace.values().toString();
    }
}
