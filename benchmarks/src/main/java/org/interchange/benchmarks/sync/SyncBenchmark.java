package org.interchange.benchmarks.sync;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * The sync benchmark (issue 4, item 6), run by hand: {@code java -cp benchmarks/target/benchmarks.jar
 * org.interchange.benchmarks.sync.SyncBenchmark [--messages N] [--rounds R] [--dir D]}.
 * Fills a MAPI server with a generated mailbox (default 100,000 messages) and writes the same corpus as a
 * Maildir; measures Interchange's initial ICS sync into a fresh H2 cache and an incremental sync of 100
 * changes (five rounds unless --rounds says otherwise: the first, and the steady state of a client that keeps
 * running), then the same with Dovecot on loopback and mbsync (FSync yes and no), and prints both side by side.
 */
public final class SyncBenchmark {
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password";
    private static final long SEED = 20261129L;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = 100_000;
        int rounds = 5;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--messages" -> count = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: SyncBenchmark [--messages N] [--rounds R] [--dir DIR]");
                    System.exit(2);
                }
            }
        }
        dir = dir != null ? dir : Files.createTempDirectory("interchange-sync-bench");
        // Dovecot's processes run as its own users and must reach the password file and Maildir below this directory
        // (mktemp and createTempDirectory make it rwx------)
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        DovecotMbsync.ensureInstalled();
        new SyncBenchmark().run(count, rounds, dir);
    }

    private void run(int count, int rounds, Path dir) throws IOException, InterruptedException {
        Corpus corpus = new Corpus(SEED);
        Path maildirRoot = dir.resolve("maildir");
        long corpusBytes = 0;
        long start = System.nanoTime();
        try (MailboxStore store = H2MailboxStore.open(dir.resolve("server"))) {
            Mailbox mailbox = store.createMailbox(USER, "Bench User", "bench@interchange.example");
            ServerFill fill = new ServerFill(store, mailbox);
            MaildirExport maildir = new MaildirExport(maildirRoot);
            List<long[]> messages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Corpus.Message m = corpus.message(i);
                messages.add(new long[] {fill.add(m), m.folder(), m.read() ? 1 : 0});
                maildir.add(m);
                corpusBytes += m.mime().length;
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf("filled %,d messages%n", i + 1);
                }
            }
            System.out.printf("corpus: %,d messages, %.1f MB (mean %.1f KB), filled in %.1f s%n", count,
                    corpusBytes / 1e6, corpusBytes / 1024.0 / count, (System.nanoTime() - start) / 1e9);
            MapiHttpServer server = MapiHttpServer.builder().store(store).port(0).user(USER, PASSWORD).build().start();
            try (server; CacheSide cache = new CacheSide(dir.resolve("cache"), server.emsmdbUri(), USER, PASSWORD);
                 DovecotMbsync imap = new DovecotMbsync(dir.resolve("dovecot"))) {
                CacheSide.Run initial = cache.sync();
                imap.start(maildirRoot);
                DovecotMbsync.Run mbsyncInitial = imap.sync(dir.resolve("mbsync-fsync"), true);
                DovecotMbsync.Run mbsyncInitialNoSync = imap.sync(dir.resolve("mbsync-nofsync"), false);

                ChangeSet changes = new ChangeSet(new Random(SEED), store, mailbox, fill, maildir, corpus, messages);
                List<CacheSide.Run> incremental = new ArrayList<>();
                List<DovecotMbsync.Run> mbsyncIncremental = new ArrayList<>();
                List<DovecotMbsync.Run> mbsyncIncrementalNoSync = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    changes.apply();
                    imap.handOver(maildirRoot);
                    incremental.add(cache.sync());
                    mbsyncIncremental.add(imap.sync(dir.resolve("mbsync-fsync"), true));
                    mbsyncIncrementalNoSync.add(imap.sync(dir.resolve("mbsync-nofsync"), false));
                }
                report(count, corpusBytes, initial, incremental, mbsyncInitial, mbsyncIncremental,
                        mbsyncInitialNoSync, mbsyncIncrementalNoSync);
            }
        }
    }

    private static void report(int count, long bytes, CacheSide.Run initial, List<CacheSide.Run> incremental,
                               DovecotMbsync.Run mbInitial, List<DovecotMbsync.Run> mbIncremental,
                               DovecotMbsync.Run mbInitialNoSync, List<DovecotMbsync.Run> mbIncrementalNoSync)
            throws IOException {
        System.out.println();
        System.out.printf("Sync benchmark, %s, %s, %d CPUs, JDK %s, %,d messages (%.1f MB), load average %s%n",
                Instant.now(), InetAddress.getLocalHost().getHostName(), Runtime.getRuntime().availableProcessors(),
                Runtime.version(), count, bytes / 1e6, loadAverage());
        System.out.printf("Incremental: %d rounds of 100 changes, each synced by every side; \"first\" is the first "
                + "round, \"then\" the median of the others (wall time / CPU time).%n", incremental.size());
        System.out.println("| | initial sync | CPU time | messages/s | MB/s | peak memory | incremental, first "
                + "| incremental, then |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.printf("| Interchange (MAPI/HTTP ICS -> H2 cache) | %.1f s | %.1f s (client and server) | %,.0f | %.1f "
                        + "| %d MB heap (client and server in one JVM) | %s | %s |%n",
                initial.millis() / 1000.0, initial.cpuMillis() / 1000.0, count * 1000.0 / initial.millis(),
                bytes / 1e3 / initial.millis(), initial.peakHeapBytes() >> 20,
                rounds(incremental.subList(0, 1), CacheSide.Run::millis, CacheSide.Run::cpuMillis),
                rounds(incremental.subList(1, incremental.size()), CacheSide.Run::millis, CacheSide.Run::cpuMillis));
        row("mbsync FSync yes (Dovecot IMAP -> Maildir)", count, bytes, mbInitial, mbIncremental);
        row("mbsync FSync no (Dovecot IMAP -> Maildir)", count, bytes, mbInitialNoSync, mbIncrementalNoSync);
        System.out.println();
        System.out.println("Durability: the H2 cache commits each ICS batch of messages with the batch's ICS state, "
                + "the batches of several folders together (at the latest after 250 writes, when the sync waits for the "
                + "server and the oldest waiting batch is 250 ms old, and at the end of the sync; WRITE_DELAY=0: written "
                + "to the file at commit, no fsync per commit); mbsync with FSync yes forces each message file and its state to disk, FSync no does not.");
        System.out.printf("JVM: %s, max heap %d MB%n", ManagementFactory.getRuntimeMXBean().getVmName(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** "wall ms / CPU ms" of the median run of {@code runs}. */
    private static <T> String rounds(List<T> runs, ToLongFunction<T> wall, ToLongFunction<T> cpu) {
        List<T> sorted = runs.stream().sorted(Comparator.comparingLong(wall)).toList();
        T median = sorted.get(sorted.size() / 2);
        return wall.applyAsLong(median) + " ms / " + cpu.applyAsLong(median) + " ms";
    }

    private static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    private static void row(String name, int count, long bytes, DovecotMbsync.Run initial,
                            List<DovecotMbsync.Run> incremental) {
        ToLongFunction<DovecotMbsync.Run> cpu = r -> r.cpuMillis() + r.dovecotCpuMillis();
        System.out.printf("| %s | %.1f s | %.1f s (mbsync %.1f s, Dovecot %.1f s) | %,.0f | %.1f "
                        + "| %d MB RSS (mbsync; Dovecot not counted) | %s | %s |%n", name,
                initial.millis() / 1000.0, (initial.cpuMillis() + initial.dovecotCpuMillis()) / 1000.0,
                initial.cpuMillis() / 1000.0, initial.dovecotCpuMillis() / 1000.0, count * 1000.0 / initial.millis(),
                bytes / 1e3 / initial.millis(), initial.maxRssKb() >> 10,
                rounds(incremental.subList(0, 1), DovecotMbsync.Run::millis, cpu),
                rounds(incremental.subList(1, incremental.size()), DovecotMbsync.Run::millis, cpu));
    }
}
