package org.interchange.mapi.codec.fxics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.testutil.HexVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdSetCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    private static Map<String, byte[]> samples() throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        for (String line : Files.readAllLines(HexVectors.dir().resolve("openchange/idset_samples.txt"))) {
            if (!line.startsWith("#") && line.contains("=")) {
                out.put(line.substring(0, line.indexOf('=')), HEX.parseHex(line.substring(line.indexOf('=') + 1).trim()));
            }
        }
        return out;
    }

    @Test
    void openchangeReplIdSampleWithTwoRanges() throws Exception {
        byte[] bytes = samples().get("case_0");
        IdSet<ReplicaId> set = IdSetCodec.decodeReplIds(bytes);
        ReplicaId one = new ReplicaId(1);
        assertThat(set.replicas()).containsExactly(one);
        assertThat(set.rangeCount()).isEqualTo(2);
        assertThat(set.ranges(one)).containsExactly(new GlobCntRange(0x1042EL, 0x1042EL),
                new GlobCntRange(0x10435L, 0x10437L));
        byte[] again = IdSetCodec.encode(set);
        assertThat(IdSetCodec.decodeReplIds(again)).isEqualTo(set);
        // our encoder shares the 5-byte prefix of both ranges, so it is shorter than openchange's
        assertThat(HEX.formatHex(again)).isEqualTo("0100" + "050000000104" + "012e" + "523537" + "50" + "00");
        assertThat(again.length).isLessThan(bytes.length);
    }

    @Test
    void openchangeReplIdSampleWithOneRangeReencodesByteForByte() throws Exception {
        byte[] bytes = samples().get("case_1");
        IdSet<ReplicaId> set = IdSetCodec.decodeReplIds(bytes);
        assertThat(set.rangeCount()).isEqualTo(1);
        assertThat(set.ranges(new ReplicaId(1))).containsExactly(new GlobCntRange(0x10419L, 0x1041AL));
        assertThat(IdSetCodec.encode(set)).isEqualTo(bytes);
    }

    @Test
    void openchangeReplGuidSampleReencodesByteForByte() throws Exception {
        byte[] bytes = samples().get("case_2");
        IdSet<ReplicaGuid> set = IdSetCodec.decodeReplGuids(bytes);
        ReplicaGuid guid = new ReplicaGuid(UUID.fromString("b5ffb99b-440f-4f77-b488-c5c6702ee3a8"));
        assertThat(set.replicas()).containsExactly(guid);
        assertThat(set.rangeCount()).isEqualTo(1);
        assertThat(set.ranges(guid)).containsExactly(new GlobCntRange(0xA5L, 0x151L));
        assertThat(IdSetCodec.encode(set)).isEqualTo(bytes);
    }

    @Test
    void bitmaskIsUsedWhereItPaysAndDecodesBack() {
        GlobSet set = GlobSet.builder().add(0x10).add(0x12).add(0x13).add(0x15).add(0x18).build();
        byte[] bytes = GlobSetCodec.encode(set);
        // Push 5 zero bytes, Bitmask start 0x10 with values 0x12,0x13,0x15,0x18 (bits 1,2,4,7), Pop, End
        assertThat(HEX.formatHex(bytes)).isEqualTo("050000000000" + "42" + "10" + "96" + "50" + "00");
        assertThat(decode(bytes)).isEqualTo(set);
    }

    @Test
    void bitmaskFromSpecLayoutDecodes() {
        // stack 00 00 00 00 01, Bitmask start 0x20 mask 0x01 -> 0x120, 0x121 as one range
        GlobSet set = decode(HEX.parseHex("0500000000014220015000"));
        assertThat(set.ranges()).containsExactly(new GlobCntRange(0x120, 0x121));
    }

    @Test
    void everyBitmaskDecodesToItsStartAndMaskedValuesOrFailsWhenItRunsPastTheByte() {
        for (int start = 0; start <= 0xFF; start++) {
            for (int mask = 0; mask <= 0xFF; mask++) {
                byte[] bytes = {5, 0, 1, 0, 0, 0, 0x42, (byte) start, (byte) mask, 0x50, 0};
                GlobSet.Builder expected = GlobSet.builder().add(0x1_0000_0000L | start);
                boolean past = false;
                for (int bit = 0; bit < 8; bit++) {
                    if ((mask & 1 << bit) != 0) {
                        past |= start + bit + 1 > 0xFF;
                        expected.add(0x1_0000_0000L | start + bit + 1 & 0xFF);
                    }
                }
                if (past) {
                    assertThatThrownBy(() -> decode(bytes)).isInstanceOf(MapiCodecException.class)
                            .hasMessageContaining("runs past the byte");
                } else {
                    assertThat(decode(bytes)).isEqualTo(expected.build());
                }
            }
        }
    }

    @Test
    void rangeWithEmptyStackUsesSixByteBounds() {
        GlobSet set = GlobSet.builder().addRange(0x0000_0000_0001L, 0x0102_0304_0506L).build();
        byte[] bytes = GlobSetCodec.encode(set);
        assertThat(HEX.formatHex(bytes)).isEqualTo("52" + "000000000001" + "010203040506" + "00");
        assertThat(decode(bytes)).isEqualTo(set);
    }

    @Test
    void emptySetsEncodeCompactly() {
        assertThat(GlobSetCodec.encode(GlobSet.empty())).containsExactly(0);
        assertThat(IdSetCodec.encode(IdSet.empty())).isEmpty();
        assertThat(IdSetCodec.decodeReplIds(new byte[0]).isEmpty()).isTrue();
    }

    @Test
    void replGuidPairsAreWrittenInAscendingByteOrder() {
        UUID high = UUID.fromString("00000001-0000-0000-0000-000000000000"); // wire bytes 01 00 00 00 ...
        UUID low = UUID.fromString("00000100-0000-0000-0000-000000000000"); // wire bytes 00 01 00 00 ...
        IdSet<ReplicaGuid> set = IdSet.<ReplicaGuid>builder()
                .add(new ReplicaGuid(high), 5).add(new ReplicaGuid(low), 7).build();
        byte[] bytes = IdSetCodec.encode(set);
        assertThat(bytes[0]).isEqualTo((byte) 0x00);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(IdSetCodec.decodeReplGuids(bytes)).isEqualTo(set);
    }

    @Test
    void randomizedRoundTripsKeepTheSet() {
        Random random = new Random(20261129L);
        for (int round = 0; round < 200; round++) {
            IdSet.Builder<ReplicaId> builder = IdSet.builder();
            Map<ReplicaId, Long> bases = new HashMap<>();
            Map<ReplicaId, BitSet> expected = new HashMap<>();
            int replicas = 1 + random.nextInt(3);
            for (int r = 0; r < replicas; r++) {
                ReplicaId replica = new ReplicaId(random.nextInt(0x4000) * 4 + r);
                long base = random.nextInt(4) == 0 ? random.nextLong(GlobCnt.MAX - 5000) : random.nextInt(3000);
                BitSet bits = new BitSet();
                int values = 1 + random.nextInt(60);
                for (int v = 0; v < values; v++) {
                    int offset = random.nextInt(random.nextBoolean() ? 40 : 2000);
                    int length = random.nextInt(5) == 0 ? random.nextInt(300) : 0;
                    builder.addRange(replica, base + offset, base + offset + length);
                    bits.set(offset, offset + length + 1);
                }
                bases.put(replica, base);
                expected.put(replica, bits);
            }
            IdSet<ReplicaId> set = builder.build();
            IdSet<ReplicaId> back = IdSetCodec.decodeReplIds(IdSetCodec.encode(set));
            assertThat(back).isEqualTo(set);
            expected.forEach((replica, bits) -> {
                long base = bases.get(replica);
                assertThat(set.globSet(replica).count()).isEqualTo(bits.cardinality());
                assertThat(bits.stream().filter(x -> !set.contains(replica, base + x)).count()).isZero();
                assertThat(set.contains(replica, base + bits.length())).isFalse();
            });
        }
    }

    @Test
    void randomizedDenseSetsUseNoMoreBytesThanOneCommandPerRange() {
        Random random = new Random(7L);
        for (int round = 0; round < 200; round++) {
            GlobSet.Builder b = GlobSet.builder();
            long base = random.nextLong(GlobCnt.MAX - 1000);
            for (int i = 0; i < 40; i++) {
                b.add(base + random.nextInt(200));
            }
            GlobSet set = b.build();
            byte[] bytes = GlobSetCodec.encode(set);
            assertThat(decode(bytes)).isEqualTo(set);
            // a naive encoding is at least 7 bytes per singleton; sharing prefixes must beat it
            assertThat(bytes.length).isLessThan(7 * set.rangeCount());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0100" + "07",                       // unknown command 0x07
        "0100" + "33",                       // unknown command 0x33
        "0100" + "0500000001" + "0402",      // push past 6 bytes (5 + 4) ... truncated too
        "0100" + "05000000010403",           // push of 5 then push of 3 -> 8 bytes
        "0100" + "050000000104" + "523735" + "5000", // range with low above high
        "0100" + "050000000104" + "5235",    // truncated range
        "0100" + "050000000104",             // no End
        "0100" + "0400000001" + "42010f00",  // bitmask with 4 bytes on the stack
        "0100" + "050000000000" + "42fa80" + "5000", // bitmask bit past 0xFF
        "0100" + "50" + "00",                // pop with an empty stack
        "01",                                // truncated replica id
        "0100"                               // replica without a GLOBSET
    })
    void malformedIdSetsFailWithCodecException(String hex) {
        assertThatThrownBy(() -> IdSetCodec.decodeReplIds(HEX.parseHex(hex)))
                .isInstanceOf(MapiCodecException.class);
    }

    @Test
    void rangeLowAboveHighNamesTheProblem() {
        assertThatThrownBy(() -> decode(HEX.parseHex("050000000104" + "523735" + "5000")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("above high");
    }

    @Test
    void idsSplitIntoReplicaAndBigEndianCounter() {
        // Message ID bytes on the wire: 01 00 | 00 00 00 01 04 2e
        long mid = 0x2E04_0100_0000_0001L;
        assertThat(ReplicaId.ofId(mid)).isEqualTo(new ReplicaId(1));
        assertThat(GlobCnt.ofId(mid)).isEqualTo(0x1042EL);
        assertThat(GlobCnt.toId(new ReplicaId(1), 0x1042EL)).isEqualTo(mid);
        IdSet<ReplicaId> set = IdSet.addId(IdSet.builder(), mid).build();
        assertThat(IdSet.containsId(set, mid)).isTrue();
        assertThat(IdSet.containsId(set, GlobCnt.toId(new ReplicaId(1), 0x1042FL))).isFalse();
    }

    @Test
    void unionDifferenceAndMapping() {
        ReplicaId r = new ReplicaId(1);
        IdSet<ReplicaId> a = IdSet.<ReplicaId>builder().addRange(r, 1, 10).build();
        IdSet<ReplicaId> b = IdSet.<ReplicaId>builder().addRange(r, 5, 20).add(new ReplicaId(2), 3).build();
        assertThat(a.union(b).ranges(r)).containsExactly(new GlobCntRange(1, 20));
        assertThat(a.union(b).replicas()).containsExactly(r, new ReplicaId(2));
        assertThat(b.difference(a).ranges(r)).containsExactly(new GlobCntRange(11, 20));
        assertThat(a.difference(a).isEmpty()).isTrue();
        GlobSet holes = GlobSet.builder().addRange(0, 100).build()
                .difference(GlobSet.of(List.of(new GlobCntRange(3, 4), new GlobCntRange(50, 60), new GlobCntRange(99, 200))));
        assertThat(holes.ranges()).containsExactly(new GlobCntRange(0, 2), new GlobCntRange(5, 49),
                new GlobCntRange(61, 98));
        ReplicaGuid guid = new ReplicaGuid(UUID.fromString("b5ffb99b-440f-4f77-b488-c5c6702ee3a8"));
        IdSet<ReplicaGuid> mapped = a.mapReplicas(x -> guid);
        assertThat(mapped.ranges(guid)).containsExactly(new GlobCntRange(1, 10));
    }

    private static GlobSet decode(byte[] bytes) {
        return GlobSetCodec.decode(new org.interchange.mapi.codec.io.ByteReader(bytes));
    }
}
