package org.interchange.benchmarks.codec;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.IdSetCodec;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A folder's IdsetGiven as a REPLGUID-based IDSET ([MS-OXCFXICS] 2.2.2.4.2, GLOBSETs of 2.2.2.6) of 5,000
 * ranges: Message IDs allocated across many folders, so the folder's own are almost never consecutive.
 * Encoding, decoding, and the union of the set with 100 new ids (a checkpoint after a batch).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IdSetBenchmark {
    private static final ReplicaGuid REPLICA = new ReplicaGuid(UUID.fromString("b5ffb99b-440f-4f77-b488-c5c6702ee3a8"));

    private IdSet<ReplicaGuid> given;
    private IdSet<ReplicaGuid> batch;
    private byte[] encoded;

    @Setup
    public void setUp() {
        Random random = new Random(4L);
        IdSet.Builder<ReplicaGuid> b = IdSet.builder();
        long mid = 0x1_0000;
        for (int i = 0; i < 5_000; i++) {
            mid += 2 + random.nextInt(random.nextInt(10) == 0 ? 400 : 8);
            b.add(REPLICA, mid);
        }
        given = b.build();
        IdSet.Builder<ReplicaGuid> next = IdSet.builder();
        for (int i = 0; i < 100; i++) {
            mid += 2 + random.nextInt(8);
            next.add(REPLICA, mid);
        }
        batch = next.build();
        encoded = IdSetCodec.encode(given);
        System.out.println("\n" + given.rangeCount() + " ranges encode to " + encoded.length + " bytes");
    }

    @Benchmark
    public byte[] encode() {
        return IdSetCodec.encode(given);
    }

    @Benchmark
    public IdSet<ReplicaGuid> decode() {
        return IdSetCodec.decodeReplGuids(encoded);
    }

    @Benchmark
    public IdSet<ReplicaGuid> union() {
        return given.union(batch);
    }
}
