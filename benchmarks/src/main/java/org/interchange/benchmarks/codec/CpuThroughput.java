package org.interchange.benchmarks.codec;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Throughput per CPU-second of the same operations as the JMH benchmarks: on a machine shared with
 * other work, JMH's wall-clock ops/s understate what one core does, so this divides the bytes
 * processed by the thread's CPU time, in three rounds after a warm-up as long as they are: the
 * best round is the one least disturbed by other processes. It also prints the bytes the thread
 * allocated per operation, which do not depend on the load. Run: {@code java -cp target/benchmarks.jar
 * org.interchange.benchmarks.codec.CpuThroughput [seconds]}.
 */
public final class CpuThroughput {
    /** Where each result goes, so that the JIT cannot drop the operation; storing costs next to nothing. */
    private static volatile Object sink;
    /** Measured rounds per operation, after the warm-up; the best and the median are printed. */
    private static final int ROUNDS = 3;

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
        System.out.printf("%-45s %8s %14s %14s %14s %8s%n", "operation", "bytes", "best ops/cpu-s", "best MB/cpu-s",
                "median MB/cpu-s", "B alloc");
        for (Map.Entry<String, Case> e : cases.entrySet()) {
            Case c = e.getValue();
            measure(threads, c, seconds);
            Round[] rounds = new Round[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                rounds[r] = measure(threads, c, seconds / ROUNDS);
            }
            Arrays.sort(rounds, Comparator.comparingDouble(Round::opsPerCpuSecond));
            Round best = rounds[ROUNDS - 1];
            double share = Arrays.stream(rounds).mapToDouble(Round::cpuShare).average().orElseThrow();
            System.out.printf("%-45s %8d %14.0f %14.1f %14.1f %8.0f  (cpu share %.0f%%)%n", e.getKey(), c.bytes(),
                    best.opsPerCpuSecond(), best.opsPerCpuSecond() * c.bytes() / 1e6,
                    rounds[ROUNDS / 2].opsPerCpuSecond() * c.bytes() / 1e6, best.allocatedPerOp(), 100 * share);
        }
    }

    /**
     * Runs {@code c} for {@code seconds} of wall time. The first call per operation is the warm-up: on a
     * loaded machine the JIT compiler threads get little CPU, so it lasts as long as all rounds together.
     */
    private static Round measure(ThreadMXBean threads, Case c, double seconds) {
        long ops = 0;
        long allocatedStart = threads.getCurrentThreadAllocatedBytes();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        while (System.nanoTime() - wallStart < (long) (seconds * 1e9)) {
            for (int i = 0; i < 100; i++) {
                sink = c.operation().get();
            }
            ops += 100;
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        return new Round(ops / cpu, (double) (threads.getCurrentThreadAllocatedBytes() - allocatedStart) / ops,
                cpu / wall);
    }

    /** One measured round: operations per CPU-second, bytes allocated per operation, share of a core the thread got. */
    private record Round(double opsPerCpuSecond, double allocatedPerOp, double cpuShare) {
    }

    private record Case(int bytes, Supplier<Object> operation) {
    }
}
