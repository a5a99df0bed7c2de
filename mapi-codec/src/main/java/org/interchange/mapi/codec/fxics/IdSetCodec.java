package org.interchange.mapi.codec.fxics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Serialized IDSETs, [MS-OXCFXICS] 2.2.2.4.1 (REPLID then GLOBSET, per replica) and 2.2.2.4.2
 * (REPLGUID then GLOBSET, per replica, GUIDs in ascending byte order). The pairs run to the end
 * of the buffer; an empty set serializes to no bytes.
 */
public final class IdSetCodec {
    private IdSetCodec() {
    }

    /** Serializes a set in its replicas' form. */
    public static byte[] encode(IdSet<?> set) {
        return write(set).toByteArray();
    }

    /** Appends the serialized set to {@code out}. */
    public static void encode(IdSet<?> set, ByteWriter out) {
        GlobSetWriter writer = write(set);
        out.bytes(writer.array(), 0, writer.size());
    }

    /** One writer for the whole set: each replica, then its GLOBSET. */
    private static <R extends Replica> GlobSetWriter write(IdSet<R> set) {
        GlobSetWriter writer = new GlobSetWriter(GlobSetWriter.estimate(set.rangeCount()) + 16 * set.replicas().size());
        for (R replica : set.replicas()) {
            writer.replica(replica);
            writer.globSet(set.globSet(replica));
        }
        return writer;
    }

    /** Reads a REPLID-based IDSET filling {@code bytes}. */
    public static IdSet<ReplicaId> decodeReplIds(byte[] bytes) {
        return decode(new ByteReader(bytes), in -> new ReplicaId(in.u16()), 2);
    }

    /** Reads a REPLGUID-based IDSET filling {@code bytes}. */
    public static IdSet<ReplicaGuid> decodeReplGuids(byte[] bytes) {
        return decode(new ByteReader(bytes), in -> new ReplicaGuid(in.guid()), 16);
    }

    private static <R extends Replica> IdSet<R> decode(ByteReader in, Function<ByteReader, R> replicaReader,
            int replicaSize) {
        Map<R, GlobSet> sets = new LinkedHashMap<>();
        while (in.hasRemaining()) {
            if (in.remaining() < replicaSize + 1) {
                throw new MapiCodecException("IDSET: " + in.remaining() + " bytes at offset " + in.position()
                        + " are too few for a " + replicaSize + "-byte replica and a GLOBSET");
            }
            R replica = replicaReader.apply(in);
            sets.merge(replica, GlobSetCodec.decode(in), GlobSet::union);
        }
        return IdSet.ofSets(sets);
    }
}
