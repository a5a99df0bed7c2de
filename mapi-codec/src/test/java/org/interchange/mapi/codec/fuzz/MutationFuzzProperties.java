package org.interchange.mapi.codec.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A mutation fuzzer on jqwik over the same targets and seeds as {@link CodecFuzzTests}: each try
 * takes a seed of a target and applies a few random edits (bit flips, interesting bytes and
 * lengths, insertions, deletions, splices with another seed). Unlike Jazzer in a normal test run,
 * this explores beyond the seeds on every build; the only failure allowed is MapiCodecException.
 */
class MutationFuzzProperties {
    private static final int[] INTERESTING = {0x00, 0x01, 0x02, 0x7F, 0x80, 0xFF};

    record Case(String target, byte[] input) {
        @Override
        public String toString() {
            return target + ":" + java.util.HexFormat.of().formatHex(input);
        }
    }

    private static final Map<String, List<byte[]>> SEEDS = FuzzTargets.ALL.keySet().stream()
            .collect(Collectors.toMap(t -> t, Seeds::of));

    @Provide
    Arbitrary<Case> mutants() {
        return Combinators.combine(Arbitraries.of(List.copyOf(FuzzTargets.ALL.keySet())), Arbitraries.longs())
                .as((target, seed) -> new Case(target, mutate(SEEDS.get(target), new Random(seed))));
    }

    @Property(tries = 1500)
    void decodersFailOnlyWithTheirTypedError(@ForAll("mutants") Case c) {
        FuzzTargets.run(c.target(), c.input());
    }

    static byte[] mutate(List<byte[]> seeds, Random random) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : seeds.isEmpty() ? new byte[0] : seeds.get(random.nextInt(seeds.size()))) {
            bytes.add(b);
        }
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = bytes.isEmpty() ? 0 : random.nextInt(bytes.size());
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (!bytes.isEmpty()) {
                        bytes.set(at, (byte) (bytes.get(at) ^ 1 << random.nextInt(8)));
                    }
                }
                case 1 -> {
                    if (!bytes.isEmpty()) {
                        bytes.set(at, (byte) INTERESTING[random.nextInt(INTERESTING.length)]);
                    }
                }
                case 2 -> {
                    // a 16- or 32-bit length field claiming far more than the input holds
                    int width = random.nextBoolean() ? 2 : 4;
                    for (int k = 0; k < width && at + k < bytes.size(); k++) {
                        bytes.set(at + k, (byte) (k == width - 1 ? 0x7F : 0xFF));
                    }
                }
                case 3 -> bytes.add(at, (byte) random.nextInt(256));
                case 4 -> {
                    if (!bytes.isEmpty()) {
                        bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(8))).clear();
                    }
                }
                default -> {
                    if (!seeds.isEmpty()) {
                        byte[] other = seeds.get(random.nextInt(seeds.size()));
                        int from = other.length == 0 ? 0 : random.nextInt(other.length);
                        for (int k = from; k < other.length && k < from + 16; k++) {
                            bytes.add(Math.min(at + k - from, bytes.size()), other[k]);
                        }
                    }
                }
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }
}
