package org.interchange.benchmarks.codec;

import java.util.concurrent.TimeUnit;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.rpc.Lz77Compressor;
import org.interchange.mapi.codec.rpc.Lz77Decompressor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * LZ77 of RPC_HEADER_EXT payloads ([MS-OXCRPC] 3.1.4.1.1.2, MS-XCA plain LZ77) over a full 32 KB
 * extended buffer made of the two Outlook request buffers repeated. MB/s = ops/s x 32768
 * (uncompressed bytes).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Lz77Benchmark {
    private static final int SIZE = 0x8000;

    private byte[] plain;
    private byte[] compressed;

    @Setup
    public void setUp() {
        ByteWriter out = new ByteWriter(SIZE);
        int i = 0;
        while (out.size() < SIZE) {
            byte[] next = Vectors.outlookRequestBuffers().get(i++ % 2);
            out.bytes(next, 0, Math.min(next.length, SIZE - out.size()));
        }
        plain = out.toByteArray();
        compressed = Lz77Compressor.compress(plain);
        System.out.println("\n" + plain.length + " bytes compress to " + compressed.length);
    }

    @Benchmark
    public byte[] compress() {
        return Lz77Compressor.compress(plain);
    }

    @Benchmark
    public byte[] decompress() {
        return Lz77Decompressor.decompress(compressed, plain.length);
    }
}
