package org.interchange.mapi.codec.fxics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.junit.jupiter.api.Test;

/**
 * The GLOBSET and IDSET encoders ([MS-OXCFXICS] 2.2.2.4, 2.2.2.6) write exactly the bytes of
 * {@link ReferenceGlobSetEncoder}, and the set operations they rely on keep the values.
 */
class GlobSetEncodingProperties {

    @Provide
    Arbitrary<GlobSet> globSets() {
        Arbitrary<Long> base = Arbitraries.oneOf(Arbitraries.longs().between(0, 4096),
                Arbitraries.longs().between(0, GlobCnt.MAX),
                Arbitraries.of(0xFF_FFF0L, 0xFFFF_FFFF_FF00L, 0x0001_0000_0000L - 5, GlobCnt.MAX - 100_000));
        Arbitrary<Long> gap = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(0, 3)),
                Tuple.of(3, Arbitraries.longs().between(0, 300)),
                Tuple.of(1, Arbitraries.longs().between(0, 100_000)),
                Tuple.of(1, Arbitraries.longs().between(0, 1L << 40)));
        Arbitrary<Long> length = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(0L)),
                Tuple.of(3, Arbitraries.longs().between(0, 12)),
                Tuple.of(1, Arbitraries.longs().between(0, 70_000)));
        Arbitrary<List<long[]>> steps = Combinators.combine(gap, length).as((g, l) -> new long[] {g, l})
                .list().ofMaxSize(250);
        return Combinators.combine(base, steps).as(GlobSetEncodingProperties::build);
    }

    private static GlobSet build(long base, List<long[]> steps) {
        GlobSet.Builder b = GlobSet.builder();
        long next = base;
        for (long[] step : steps) {
            long low = next + step[0];
            long high = low + step[1];
            if (high > GlobCnt.MAX) {
                break;
            }
            b.addRange(low, high);
            next = high + 2;
        }
        return b.build();
    }

    @Provide
    Arbitrary<IdSet<ReplicaGuid>> guidSets() {
        Arbitrary<ReplicaGuid> replica = Arbitraries.of(
                new ReplicaGuid(UUID.fromString("b5ffb99b-440f-4f77-b488-c5c6702ee3a8")),
                new ReplicaGuid(UUID.fromString("00000001-0000-0000-0000-000000000000")),
                new ReplicaGuid(UUID.fromString("00000100-0000-0000-0000-000000000000")),
                new ReplicaGuid(UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff")));
        return Combinators.combine(replica, globSets()).as(Tuple::of).list().ofMaxSize(4).map(pairs -> {
            IdSet.Builder<ReplicaGuid> b = IdSet.builder();
            pairs.forEach(p -> b.addAll(p.get1(), p.get2()));
            return b.build();
        });
    }

    @Provide
    Arbitrary<IdSet<ReplicaId>> replIdSets() {
        return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), globSets()).as(Tuple::of)
                .list().ofMaxSize(4).map(pairs -> {
                    IdSet.Builder<ReplicaId> b = IdSet.builder();
                    pairs.forEach(p -> b.addAll(new ReplicaId(p.get1()), p.get2()));
                    return b.build();
                });
    }

    @Property(tries = 600)
    void globSetBytesEqualTheReferenceAndDecodeBack(@ForAll("globSets") GlobSet set) {
        byte[] bytes = GlobSetCodec.encode(set);
        assertThat(bytes).isEqualTo(ReferenceGlobSetEncoder.encode(set));
        assertThat(GlobSetCodec.decode(new ByteReader(bytes))).isEqualTo(set);
    }

    @Property(tries = 200)
    void replGuidIdSetBytesEqualTheReference(@ForAll("guidSets") IdSet<ReplicaGuid> set) {
        byte[] bytes = IdSetCodec.encode(set);
        assertThat(bytes).isEqualTo(ReferenceGlobSetEncoder.encode(set));
        assertThat(IdSetCodec.decodeReplGuids(bytes)).isEqualTo(set);
        ByteWriter out = new ByteWriter(16).u8(0xAB);
        IdSetCodec.encode(set, out);
        assertThat(out.copyOfRange(1, out.size())).isEqualTo(bytes);
    }

    @Property(tries = 200)
    void replIdIdSetBytesEqualTheReference(@ForAll("replIdSets") IdSet<ReplicaId> set) {
        byte[] bytes = IdSetCodec.encode(set);
        assertThat(bytes).isEqualTo(ReferenceGlobSetEncoder.encode(set));
        assertThat(IdSetCodec.decodeReplIds(bytes)).isEqualTo(set);
    }

    @Property(tries = 300)
    void rangesAddedInAnyOrderGiveTheSameSetAsAModel(@ForAll("smallRanges") List<long[]> ranges,
            @ForAll long seed) {
        BitSet model = new BitSet();
        ranges.forEach(r -> model.set((int) r[0], (int) r[1] + 1));
        List<long[]> shuffled = new ArrayList<>(ranges);
        Collections.shuffle(shuffled, new Random(seed));
        GlobSet.Builder b = GlobSet.builder();
        shuffled.forEach(r -> b.addRange(r[0], r[1]));
        assertThat(b.build()).isEqualTo(fromBits(model));
    }

    @Property(tries = 300)
    void unionAndDifferenceMatchAModel(@ForAll("smallRanges") List<long[]> left,
            @ForAll("smallRanges") List<long[]> right) {
        BitSet a = new BitSet();
        left.forEach(r -> a.set((int) r[0], (int) r[1] + 1));
        BitSet b = new BitSet();
        right.forEach(r -> b.set((int) r[0], (int) r[1] + 1));
        BitSet both = (BitSet) a.clone();
        both.or(b);
        BitSet only = (BitSet) a.clone();
        only.andNot(b);
        assertThat(fromBits(a).union(fromBits(b))).isEqualTo(fromBits(both));
        assertThat(fromBits(a).difference(fromBits(b))).isEqualTo(fromBits(only));
        ReplicaId one = new ReplicaId(1);
        IdSet<ReplicaId> x = IdSet.of(one, fromBits(a));
        IdSet<ReplicaId> y = IdSet.<ReplicaId>builder().addAll(one, fromBits(b)).add(new ReplicaId(2), 9).build();
        IdSet<ReplicaId> union = x.union(y);
        assertThat(union.globSet(one)).isEqualTo(fromBits(both));
        assertThat(union.ranges(new ReplicaId(2))).containsExactly(new GlobCntRange(9, 9));
        assertThat(union).isEqualTo(y.union(x));
    }

    @Provide
    Arbitrary<List<long[]>> smallRanges() {
        return Combinators.combine(Arbitraries.longs().between(0, 600), Arbitraries.longs().between(0, 40))
                .as((low, length) -> new long[] {low, low + length}).list().ofMaxSize(40);
    }

    @Property(tries = 20)
    void everySubsetOfAWindowAcrossByteBoundariesMatchesTheReference(
            @ForAll @IntRange(min = 0, max = 4) int which) {
        long base = new long[] {0x10, 0xF6, 0x0000_0100_FFF8L, 0xFFFF_FFFF_FFF8L - 8, 0x00FF_FFFF_FFFAL}[which];
        for (int mask = 0; mask < 1 << 12; mask++) {
            GlobSet.Builder b = GlobSet.builder();
            for (int bit = 0; bit < 12; bit++) {
                if ((mask & 1 << bit) != 0 && base + bit <= GlobCnt.MAX) {
                    b.add(base + bit);
                }
            }
            GlobSet set = b.build();
            assertThat(GlobSetCodec.encode(set)).as("base 0x%x mask 0x%x", base, mask)
                    .isEqualTo(ReferenceGlobSetEncoder.encode(set));
        }
    }

    @Test
    void aFolderOfInterleavedMessageIdsEncodesAsTheReference() {
        Random random = new Random(4L);
        IdSet.Builder<ReplicaGuid> b = IdSet.builder();
        ReplicaGuid replica = new ReplicaGuid(UUID.fromString("b5ffb99b-440f-4f77-b488-c5c6702ee3a8"));
        long mid = 0x1_0000;
        for (int i = 0; i < 5_000; i++) {
            mid += 2 + random.nextInt(random.nextInt(10) == 0 ? 400 : 8);
            b.add(replica, mid);
        }
        IdSet<ReplicaGuid> set = b.build();
        assertThat(set.rangeCount()).isEqualTo(5_000);
        byte[] bytes = IdSetCodec.encode(set);
        assertThat(bytes).isEqualTo(ReferenceGlobSetEncoder.encode(set));
        assertThat(IdSetCodec.decodeReplGuids(bytes)).isEqualTo(set);
    }

    private static GlobSet fromBits(BitSet bits) {
        GlobSet.Builder b = GlobSet.builder();
        for (int from = bits.nextSetBit(0); from >= 0; from = bits.nextSetBit(bits.nextClearBit(from))) {
            b.addRange(from, bits.nextClearBit(from) - 1);
        }
        return b.build();
    }
}
