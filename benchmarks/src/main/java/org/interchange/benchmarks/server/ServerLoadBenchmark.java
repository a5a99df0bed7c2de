package org.interchange.benchmarks.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiTable;
import org.interchange.mapi.client.SpecialFolder;
import org.interchange.mapi.client.ics.IcsBatch;
import org.interchange.mapi.client.ics.IcsDownload;
import org.interchange.mapi.client.ics.IcsDownloadOptions;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.NewMessage;

/**
 * Many sessions syncing against one mapi-server on loopback (issue 7's load benchmark): each
 * session connects, downloads its Inbox with ICS, then loops over what a cached-mode client does
 * while online — an incremental ICS download, a contents-table page, opening a message, a
 * read-flag change — and every such request (one Execute, or one RopFastTransferSourceGetBuffer
 * round for ICS) is timed once every session has finished its initial download, so the figures are
 * the steady state. Prints latency percentiles and throughput.
 *
 * <p>Run: {@code mvn -q -pl benchmarks -am package -DskipTests && /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
 * -cp benchmarks/target/benchmarks.jar org.interchange.benchmarks.server.ServerLoadBenchmark 200 60 100}
 * (sessions, seconds, messages per mailbox, optionally the milliseconds between the starts of one
 * session's cycles: 0, the default, runs each session in a closed loop with no pause; and optionally the
 * seconds the cycles run untimed first, so that the JIT compilers have finished: 0 by default).
 */
public final class ServerLoadBenchmark {
    private static final List<PropertyTag> COLUMNS = List.of(PidTag.MID, PidTag.SUBJECT, PidTag.MESSAGE_FLAGS,
            PidTag.MESSAGE_DELIVERY_TIME);

    private ServerLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int messages = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Duration cycle = Duration.ofMillis(args.length > 3 ? Long.parseLong(args[3]) : 0);
        Duration warmUp = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 0);
        Path dir = Files.createTempDirectory("interchange-load-");
        Map<String, String> users = new HashMap<>();
        try (H2MailboxStore store = H2MailboxStore.open(dir)) {
            System.out.printf("filling %d mailboxes with %d messages each…%n", sessions, messages);
            for (int u = 0; u < sessions; u++) {
                String name = "user" + u;
                users.put(name, "password-" + u);
                fill(store, store.createMailbox(name, "User " + u, name + "@load.test"), messages, new Random(u));
            }
            try (MapiHttpServer server = MapiHttpServer.builder().store(store).users(users).maxThreads(64).build().start()) {
                run(server.emsmdbUri(), users, Duration.ofSeconds(seconds), cycle, warmUp);
            }
        }
    }

    private static void run(URI uri, Map<String, String> users, Duration length, Duration cycle, Duration warmUp)
            throws InterruptedException {
        LatencyRecorder latencies = new LatencyRecorder(20_000_000);
        LatencyRecorder initialRequests = new LatencyRecorder(1_000_000);
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(users.size());
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch synced = new CountDownLatch(users.size());
        CountDownLatch measure = new CountDownLatch(1);
        List<Long> initialSyncMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        Instant[] deadline = new Instant[1];
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var user : users.entrySet()) {
                clients.execute(() -> {
                    boolean[] counted = new boolean[2];
                    try (MapiSession session = MapiSession.connect(uri, user.getKey(), user.getValue().toCharArray())) {
                        long inbox = session.logon().folderId(SpecialFolder.INBOX);
                        counted[0] = true;
                        ready.countDown();
                        start.await();
                        long t0 = System.nanoTime();
                        byte[] state = download(session, inbox, new byte[0], initialRequests);
                        initialSyncMillis.add((System.nanoTime() - t0) / 1_000_000);
                        counted[1] = true;
                        synced.countDown();
                        measure.await();
                        Random random = new Random(user.getKey().hashCode());
                        long next = System.nanoTime() + (cycle.isZero() ? 0 : random.nextLong(cycle.toNanos()));
                        while (Instant.now().isBefore(deadline[0])) {
                            if (!cycle.isZero()) {
                                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                                next += cycle.toNanos();
                            }
                            state = download(session, inbox, state, latencies);
                            List<PropertyBag> rows = timed(latencies, () -> {
                                try (MapiTable table = session.contentsTable(inbox, COLUMNS)) {
                                    return table.nextPage();
                                }
                            });
                            if (rows.isEmpty()) {
                                continue;
                            }
                            long mid = rows.get(random.nextInt(rows.size())).number(PidTag.MID, 0);
                            timed(latencies, () -> session.openMessage(inbox, mid));
                            timed(latencies, () -> session.setReadFlags(inbox, List.of(mid), random.nextBoolean()));
                        }
                    } catch (Exception e) {
                        if (failures.getAndIncrement() < 5) {
                            System.err.println(user.getKey() + ": " + e);
                        }
                        if (!counted[0]) {
                            ready.countDown();
                        }
                        if (!counted[1]) {
                            synced.countDown();
                        }
                    }
                });
            }
            ready.await();
            start.countDown();
            synced.await();
            deadline[0] = Instant.now().plus(warmUp).plus(length);
            latencies.pause();
            measure.countDown();
            Thread.sleep(warmUp.toMillis());
            long began = System.nanoTime();
            long cpuBefore = processCpuNanos();
            latencies.resume();
            clients.shutdown();
            clients.awaitTermination(length.toSeconds() + 600, java.util.concurrent.TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - began) / 1e9;
            double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6;
            double[] p = latencies.percentilesMillis();
            long[] initial = initialSyncMillis.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("sessions %d, %d s untimed first, then %.0f s, %d requests (%.0f/s), %d failed sessions%n",
                    users.size(), warmUp.toSeconds(), elapsed, latencies.count(), latencies.count() / elapsed,
                    failures.get());
            System.out.printf("%s; CPU (clients and server) %.2f ms per request%n", cycle.isZero()
                    ? "closed loop (no pause between cycles)" : "one cycle per session every " + cycle.toMillis() + " ms",
                    cpuMillis / Math.max(1, latencies.count()));
            System.out.printf("request latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                    p[0], p[1], p[2], p[3], p[4]);
            if (initial.length > 0) {
                System.out.printf("initial Inbox sync per session ms: median %d, max %d%n", initial[initial.length / 2],
                        initial[initial.length - 1]);
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static byte[] download(MapiSession session, long folder, byte[] state, LatencyRecorder latencies) {
        try (IcsDownload download = session.downloadContents(folder, state, IcsDownloadOptions.defaults())) {
            byte[] last = state;
            while (download.hasNext()) {
                long t = System.nanoTime();
                IcsBatch batch = download.next();
                latencies.record(System.nanoTime() - t);
                last = batch.state();
            }
            return last;
        }
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T timed(LatencyRecorder latencies, Call<T> call) throws Exception {
        long t = System.nanoTime();
        T result = call.run();
        latencies.record(System.nanoTime() - t);
        return result;
    }

    private static void fill(H2MailboxStore store, Mailbox mailbox, int count, Random random) {
        long inbox = mailbox.folderId(org.interchange.mapi.server.store.SpecialFolder.INBOX);
        for (int i = 0; i < count; i++) {
            String body = "Message " + i + " of the load test. " + "Lorem ipsum dolor sit amet. ".repeat(20 + random.nextInt(200));
            store.createMessage(mailbox, inbox, NewMessage.of(List.of(
                    PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                    PropertyValue.of(PidTag.SUBJECT, "Load test message " + i),
                    PropertyValue.of(PidTag.BODY, body),
                    PropertyValue.of(PidTag.MESSAGE_FLAGS, 0),
                    PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, Instant.now().minusSeconds(60L * i)))));
        }
    }
}
