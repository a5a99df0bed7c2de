package org.interchange.benchmarks.codec;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Throughput per CPU-second of the same operations as the JMH benchmarks: on a machine shared with
 * other work, JMH's wall-clock ops/s understate what one core does, so this divides the bytes
 * processed by the thread's CPU time. It also prints the bytes the thread allocated per operation,
 * which do not depend on the load. Run: {@code java -cp target/benchmarks.jar
 * org.interchange.benchmarks.codec.CpuThroughput [seconds]}.
 */
public final class CpuThroughput {
    /** Where each result goes, so that the JIT cannot drop the operation; storing costs next to nothing. */
    private static volatile Object sink;

    private CpuThroughput() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Map<String, Case> cases = new LinkedHashMap<>();
        for (String buffer : new String[] {"request-ModifyRecipients", "request-Tables", "response-QueryRows"}) {
            RopBufferBenchmark b = new RopBufferBenchmark();
            b.buffer = buffer;
            b.setUp();
            int size = ((byte[]) b.encode()).length;
            cases.put("RopBuffer decode " + buffer, new Case(size, b::decode));
            cases.put("RopBuffer encode " + buffer, new Case(size, b::encode));
        }
        for (String rows : new String[] {"untagged", "tagged"}) {
            PropertyRowBenchmark b = new PropertyRowBenchmark();
            b.rows = rows;
            b.setUp();
            int size = b.encode().length;
            cases.put("PropertyRow decode " + rows, new Case(size, b::decode));
            cases.put("PropertyRow encode " + rows, new Case(size, b::encode));
        }
        Lz77Benchmark lz = new Lz77Benchmark();
        lz.setUp();
        cases.put("LZ77 compress 32 KiB", new Case(0x8000, lz::compress));
        cases.put("LZ77 decompress 32 KiB", new Case(0x8000, lz::decompress));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, Case> e : cases.entrySet()) {
            run(threads, e.getValue(), seconds / 3);
            long ops = 0;
            long allocatedStart = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            while (System.nanoTime() - wallStart < (long) (seconds * 1e9)) {
                for (int i = 0; i < 100; i++) {
                    sink = e.getValue().operation().get();
                }
                ops += 100;
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double allocated = (double) (threads.getCurrentThreadAllocatedBytes() - allocatedStart) / ops;
            System.out.printf("%-45s %8d B/op %12.0f ops/cpu-s %9.1f MB/cpu-s %9.0f B alloc/op  (cpu share %.0f%%)%n",
                    e.getKey(), e.getValue().bytes(), ops / cpu, ops * e.getValue().bytes() / cpu / 1e6, allocated,
                    100 * cpu / wall);
        }
    }

    private static void run(ThreadMXBean threads, Case c, double seconds) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < (long) (seconds * 1e9)) {
            sink = c.operation().get();
        }
    }

    private record Case(int bytes, Supplier<Object> operation) {
    }
}
