package org.interchange.mapi.codec.fxics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * IDSET (or CNSET), [MS-OXCFXICS] 2.2.2.4: an immutable set of ids grouped by replica, each group
 * a {@link GlobSet}. {@code R} is {@link ReplicaId} for the REPLID form (2.2.2.4.1) or
 * {@link ReplicaGuid} for the REPLGUID form (2.2.2.4.2); {@link IdSetCodec} serializes both.
 * Replicas iterate in serialization order and never map to an empty GLOBSET.
 */
public final class IdSet<R extends Replica> {
    private final Map<R, GlobSet> byReplica;

    private IdSet(Map<R, GlobSet> byReplica) {
        this.byReplica = byReplica;
    }

    public static <R extends Replica> IdSet<R> empty() {
        return new IdSet<>(Map.of());
    }

    public static <R extends Replica> Builder<R> builder() {
        return new Builder<>();
    }

    /** A set of one replica's GLOBSET. */
    public static <R extends Replica> IdSet<R> of(R replica, GlobSet globSet) {
        return IdSet.<R>builder().addAll(replica, globSet).build();
    }

    public boolean isEmpty() {
        return byReplica.isEmpty();
    }

    public boolean contains(R replica, long globCnt) {
        GlobSet set = byReplica.get(replica);
        return set != null && set.contains(globCnt);
    }

    /** Whether a 64-bit Folder ID, Message ID or CN is in a REPLID-based set. */
    public static boolean containsId(IdSet<ReplicaId> set, long id) {
        return set.contains(ReplicaId.ofId(id), GlobCnt.ofId(id));
    }

    /** Adds a 64-bit Folder ID, Message ID or CN to a REPLID-based builder. */
    public static Builder<ReplicaId> addId(Builder<ReplicaId> builder, long id) {
        return builder.add(ReplicaId.ofId(id), GlobCnt.ofId(id));
    }

    /** The replicas present, in serialization order. */
    public Set<R> replicas() {
        return byReplica.keySet();
    }

    /** The GLOBSET of one replica, empty when absent. */
    public GlobSet globSet(R replica) {
        return byReplica.getOrDefault(replica, GlobSet.empty());
    }

    /** The ranges of one replica in ascending order. */
    public List<GlobCntRange> ranges(R replica) {
        return globSet(replica).ranges();
    }

    /** The total number of ranges over all replicas. */
    public int rangeCount() {
        return byReplica.values().stream().mapToInt(GlobSet::rangeCount).sum();
    }

    /** The ids of both sets; each replica's GLOBSETs are merged in one pass ({@link GlobSet#union}). */
    public IdSet<R> union(IdSet<R> other) {
        if (other.isEmpty() || other.equals(this)) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Map<R, GlobSet> merged = new TreeMap<>(Replica.ORDER);
        merged.putAll(byReplica);
        other.byReplica.forEach((replica, set) -> merged.merge(replica, set, GlobSet::union));
        return new IdSet<>(Collections.unmodifiableMap(merged));
    }

    /** A set of the given GLOBSETs, in any replica order; empty GLOBSETs are left out. */
    static <R extends Replica> IdSet<R> ofSets(Map<R, GlobSet> sets) {
        Map<R, GlobSet> sorted = new TreeMap<>(Replica.ORDER);
        sets.forEach((replica, set) -> {
            if (!set.isEmpty()) {
                sorted.put(replica, set);
            }
        });
        return sorted.isEmpty() ? empty() : new IdSet<>(Collections.unmodifiableMap(sorted));
    }

    /** The ids of this set that are not in {@code other}. */
    public IdSet<R> difference(IdSet<R> other) {
        if (isEmpty() || other.isEmpty()) {
            return this;
        }
        Map<R, GlobSet> left = new LinkedHashMap<>();
        byReplica.forEach((replica, set) -> left.put(replica, set.difference(other.globSet(replica))));
        return ofSets(left);
    }

    /** The same ids under other replica keys, e.g. REPLID to REPLGUID through the logon's mapping. */
    public <S extends Replica> IdSet<S> mapReplicas(Function<? super R, ? extends S> mapping) {
        Builder<S> b = builder();
        byReplica.forEach((replica, set) -> b.addAll(Objects.requireNonNull(mapping.apply(replica),
                () -> "no mapping for " + replica), set));
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdSet<?> other && byReplica.equals(other.byReplica);
    }

    @Override
    public int hashCode() {
        return byReplica.hashCode();
    }

    @Override
    public String toString() {
        return byReplica.toString();
    }

    /** Collects ids by replica for an IDSET (2.2.2.4). */
    public static final class Builder<R extends Replica> {
        private final Map<R, GlobSet.Builder> byReplica = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder<R> add(R replica, long globCnt) {
            builderFor(replica).add(globCnt);
            return this;
        }

        public Builder<R> addRange(R replica, long low, long high) {
            builderFor(replica).addRange(low, high);
            return this;
        }

        public Builder<R> addAll(R replica, GlobSet set) {
            if (!set.isEmpty()) {
                builderFor(replica).addAll(set);
            }
            return this;
        }

        private GlobSet.Builder builderFor(R replica) {
            return byReplica.computeIfAbsent(Objects.requireNonNull(replica, "replica"), r -> GlobSet.builder());
        }

        public IdSet<R> build() {
            Map<R, GlobSet> sets = new LinkedHashMap<>();
            byReplica.forEach((replica, b) -> sets.put(replica, b.build()));
            return ofSets(sets);
        }
    }
}
