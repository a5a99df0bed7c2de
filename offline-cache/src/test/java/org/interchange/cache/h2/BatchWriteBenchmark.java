package org.interchange.cache.h2;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CommitGroup;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a timed test: measures the cache side of an initial sync (batches of 50 new items with their cursor, as the
 * MAPI plugin writes them) and of incremental syncs of 100 changes (50 read-state toggles, 25 deletions, 25 new
 * messages spread over the folders, in one commit group as a sync run writes them) without a server, for issue 4.
 * Run with {@code mvn -o -pl offline-cache test -Dtest=BatchWriteBenchmark -Dwrite.benchmark=true
 * [-Dwrite.messages=2000] [-Dwrite.rounds=8]}.
 */
@EnabledIfSystemProperty(named = "write.benchmark", matches = "true")
class BatchWriteBenchmark {
    private static final int MESSAGES = Integer.getInteger("write.messages", 2_000);
    private static final int ROUNDS = Integer.getInteger("write.rounds", 8);
    /** Rounds left out of the medians: the JIT is still compiling the write path. */
    private static final int WARM_UP = ROUNDS / 2;
    private static final int BATCH = 50;
    private static final int FOLDERS = 10;
    private static final String[] WORDS = ("the release plan meeting budget review customer report travel "
            + "invoice project schedule team update question answer draft final summary numbers office build "
            + "server client cache folder sync message please thanks regards tomorrow friday week month").split(" ");

    @TempDir
    Path dir;

    @Test
    void initialSyncWrites() throws Exception {
        List<RemoteItem> items = corpus();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[ROUNDS];
        long[] cpu = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            Path profile = Files.createDirectory(dir.resolve("round-" + round));
            try (H2CacheStore store = H2CacheStore.open(profile)) {
                List<RemoteFolder> folders = new ArrayList<>();
                for (int f = 0; f < FOLDERS; f++) {
                    folders.add(TestItems.mailFolder("f" + f, "Folder " + f));
                }
                BackendStorage storage = TestItems.account(store, folders.toArray(RemoteFolder[]::new));
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                try (CommitGroup group = storage.groupCommits()) {
                    for (int f = 0; f < FOLDERS; f++) {
                        write(storage, storage.folder("f" + f),
                                items.subList(f * MESSAGES / FOLDERS, (f + 1) * MESSAGES / FOLDERS));
                    }
                }
                wall[round] = (System.nanoTime() - start) / 1_000_000;
                cpu[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            }
        }
        System.out.printf("batch writes of %,d messages: wall ms %s, writing thread CPU ms %s; after %d warm-up "
                + "rounds median wall %d ms, median CPU %d ms, load %s%n", MESSAGES, Arrays.toString(wall),
                Arrays.toString(cpu), WARM_UP, median(wall), median(cpu),
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    @Test
    void incrementalSyncWrites() throws Exception {
        List<RemoteItem> items = corpus(MESSAGES + 25 * ROUNDS * 4);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            List<RemoteFolder> folders = new ArrayList<>();
            for (int f = 0; f < FOLDERS; f++) {
                folders.add(TestItems.mailFolder("f" + f, "Folder " + f));
            }
            BackendStorage storage = TestItems.account(store, folders.toArray(RemoteFolder[]::new));
            List<List<String>> held = new ArrayList<>();
            try (CommitGroup group = storage.groupCommits()) {
                for (int f = 0; f < FOLDERS; f++) {
                    List<RemoteItem> part = items.subList(f * MESSAGES / FOLDERS, (f + 1) * MESSAGES / FOLDERS);
                    write(storage, storage.folder("f" + f), part);
                    held.add(new ArrayList<>(part.stream().map(RemoteItem::serverId).toList()));
                }
            }
            Random random = new Random(7);
            int next = MESSAGES;
            int rounds = ROUNDS * 4;
            long[] wall = new long[rounds];
            long[] cpu = new long[rounds];
            byte[] cursor = new byte[400];
            for (int round = 0; round < rounds; round++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                try (CommitGroup group = storage.groupCommits()) {
                    for (int f = 0; f < FOLDERS; f++) {
                        List<String> ids = held.get(f);
                        try (ItemBatch batch = storage.folder("f" + f).beginBatch()) {
                            for (int i = 0; i < 5; i++) {
                                batch.setRead(ids.get(random.nextInt(ids.size())), random.nextBoolean());
                            }
                            for (int i = 0; i < 2 + (f % 2) && ids.size() > 1; i++) {
                                batch.delete(ids.remove(random.nextInt(ids.size())));
                            }
                            for (int i = 0; i < 2 + (f % 2); i++) {
                                RemoteItem item = items.get(next++);
                                batch.upsert(item);
                                ids.add(item.serverId());
                            }
                            cursor[round % cursor.length]++;
                            batch.setSyncCursor(cursor);
                            batch.commit();
                        }
                    }
                }
                wall[round] = (System.nanoTime() - start) / 1_000;
                cpu[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000;
            }
            System.out.printf("incremental writes on %,d messages: wall us %s, writing thread CPU us %s; after %d "
                    + "warm-up rounds median wall %d us, median CPU %d us, load %s%n", MESSAGES, Arrays.toString(wall),
                    Arrays.toString(cpu), rounds / 2, medianAfter(wall, rounds / 2), medianAfter(cpu, rounds / 2),
                    Files.readString(Path.of("/proc/loadavg")).strip());
        }
    }

    private static long medianAfter(long[] values, int skip) {
        long[] sorted = Arrays.copyOfRange(values, skip, values.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void write(BackendStorage storage, BackendFolder folder, List<RemoteItem> items) {
        byte[] cursor = new byte[400];
        for (int from = 0; from < items.size(); from += BATCH) {
            try (ItemBatch batch = folder.beginBatch()) {
                for (RemoteItem item : items.subList(from, Math.min(items.size(), from + BATCH))) {
                    batch.upsert(item);
                }
                cursor[from % cursor.length]++;
                batch.setSyncCursor(cursor);
                batch.commit();
            }
            storage.commitWaiting(); // as the MAPI plugin does when the next batch has not arrived
        }
    }

    private static long median(long[] values) {
        long[] sorted = Arrays.copyOfRange(values, WARM_UP, values.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Messages shaped like the sync benchmark's corpus: text and HTML bodies, one in ten with a 50-80 KB file. */
    private static List<RemoteItem> corpus() {
        return corpus(MESSAGES);
    }

    private static List<RemoteItem> corpus(int count) {
        List<RemoteItem> items = new ArrayList<>();
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        for (int i = 0; i < count; i++) {
            Random r = new Random(i);
            StringBuilder text = new StringBuilder();
            int paragraphs = 1 + r.nextInt(5);
            for (int p = 0; p < paragraphs; p++) {
                text.append(sentence(r, 20 + r.nextInt(60))).append(".\r\n\r\n");
            }
            String html = "<html><body><p>" + text.toString().replace("\r\n\r\n", "</p><p>") + "</p></body></html>";
            List<RemoteAttachment> attachments = new ArrayList<>();
            if (r.nextInt(10) == 0) {
                byte[] data = new byte[50 * 1024 + r.nextInt(30 * 1024)];
                r.nextBytes(data);
                attachments.add(new RemoteAttachment("data-" + i + ".bin", "application/octet-stream", null, data));
            }
            String sender = WORDS[r.nextInt(WORDS.length)] + "." + WORDS[r.nextInt(WORDS.length)] + "@example.org";
            String subject = sentence(r, 3 + r.nextInt(6));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("messageClass", "IPM.Note");
            fields.put("messageId", "<" + i + ".bench@interchange.example>");
            fields.put("conversationTopic", subject);
            items.add(new RemoteItem("id-" + i, "rev-" + i, ItemKind.MAIL, subject, sender,
                    "Bench User <bench@interchange.example>", start.plusSeconds(i * 600L), null,
                    text.length() + html.length(), r.nextInt(10) < 7, false, text.toString(), html, fields,
                    attachments, null));
        }
        return items;
    }

    private static String sentence(Random r, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}
