package org.interchange.cache.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a timed test: what keeping conversations (V67) adds to sync batch writes. Writes the same threaded mail
 * (a third replies within its thread, with In-Reply-To and References) in batches of 500 into caches with and without
 * the conversation trigger, rounds alternating. Run with {@code mvn -o -pl offline-cache test
 * -Dtest=ConversationWriteBenchmark -Dconversation.benchmark=true [-Dconversation.messages=10000]}.
 */
@EnabledIfSystemProperty(named = "conversation.benchmark", matches = "true")
class ConversationWriteBenchmark {
    private static final int MESSAGES = Integer.getInteger("conversation.messages", 10_000);
    private static final int BATCH = 500;
    private static final int ROUNDS = 8;

    @TempDir
    Path dir;

    @Test
    void batchWritesWithAndWithoutConversations() throws Exception {
        List<RemoteItem> items = corpus();
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            boolean threaded = round % 2 == 0;
            try (H2CacheStore store = H2CacheStore.open(Files.createDirectory(dir.resolve("round-" + round)))) {
                BackendFolder folder = TestItems.account(store, TestItems.mailFolder("inbox", "Inbox")).folder("inbox");
                if (!threaded) {
                    try (Connection c = store.database().dataSource().getConnection(); Statement s = c.createStatement()) {
                        s.execute("DROP TRIGGER tr_conversation_changes");
                    }
                }
                long start = System.nanoTime();
                for (int from = 0; from < items.size(); from += BATCH) {
                    try (ItemBatch batch = folder.beginBatch()) {
                        items.subList(from, Math.min(items.size(), from + BATCH)).forEach(batch::upsert);
                        batch.commit();
                    }
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (round >= 2) {
                    (threaded ? with : without).add(ms);
                }
                System.out.printf("round %d %s conversations: %,d ms for %,d messages%n", round,
                        threaded ? "with" : "without", ms, MESSAGES);
            }
        }
        long a = median(with);
        long b = median(without);
        System.out.printf("batches of %d, %,d messages: median %,d ms with conversations, %,d ms without: %.2f ms "
                + "more per batch (%.1f%%); load %s%n", BATCH, MESSAGES, a, b, (a - b) * (double) BATCH / MESSAGES,
                100.0 * (a - b) / b, Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<RemoteItem> corpus() {
        List<RemoteItem> items = new ArrayList<>();
        Random r = new Random(5);
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        List<List<String>> threads = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            String own = "<" + i + ".bench@example.org>";
            Map<String, String> fields = new HashMap<>();
            fields.put(ItemFields.MESSAGE_ID, own);
            List<String> thread;
            if (!threads.isEmpty() && r.nextInt(3) == 0) {
                thread = threads.get(threads.size() - 1 - r.nextInt(Math.min(threads.size(), 200)));
                fields.put(ItemFields.IN_REPLY_TO, thread.getLast());
                fields.put(ItemFields.REFERENCES, String.join(" ", thread));
            } else {
                thread = new ArrayList<>();
                threads.add(thread);
            }
            thread.add(own);
            String subject = "Topic " + r.nextInt(MESSAGES / 3);
            items.add(new RemoteItem("id-" + i, "rev-" + i, ItemKind.MAIL, subject, "s" + r.nextInt(300)
                    + "@example.org", "me@example.org", start.plusSeconds(i * 600L), null, 2000 + r.nextInt(20_000),
                    r.nextInt(10) < 7, false, "Body of message " + i, null, fields, List.of(), null));
        }
        return items;
    }
}
