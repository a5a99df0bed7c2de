package org.interchange.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snoozed and dismissed reminders stay so in a real H2 cache, across a restart, for appointments and tasks. */
class ReminderPersistenceTest {
    private static final Instant NOW = Instant.parse("2026-11-30T08:50:00Z");

    @TempDir
    Path dir;

    @Test
    void snoozeAndDismissOutliveARestart() {
        try (H2CacheStore store = H2CacheStore.open(dir)) {
            store.saveAccount(new AccountInfo("a", "alice@example.org", "mapi", null, "alice"));
            BackendStorage storage = store.storage("a");
            storage.replaceFolders(List.of(new RemoteFolder("cal", null, "Calendar", FolderKind.CALENDAR),
                    new RemoteFolder("tasks", null, "Tasks", FolderKind.TASKS)));
            put(storage, "cal", new RemoteItem("s1", "1", ItemKind.APPOINTMENT, "Standup", "Bob", null,
                    Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T09:30:00Z"), 100, true, false,
                    null, null, Map.of(PimFields.REMINDER_MINUTES, "15"), List.of(), null));
            put(storage, "tasks", new RemoteItem("t1", "1", ItemKind.TASK, "File the report", null, null,
                    Instant.parse("2026-11-30T08:00:00Z"), null, 100, true, false, null, null,
                    Map.of(PimFields.REMINDER_MINUTES, "0"), List.of(), null));

            List<Reminder> due = scan(store, NOW);
            assertThat(due).extracting(Reminder::title).containsExactly("File the report", "Standup");
            FakeTaskExecutor executor = new FakeTaskExecutor();
            ReminderService service = new ReminderService(store, store, executor, Clock.fixed(NOW, ZoneOffset.UTC),
                    ZoneOffset.UTC);
            service.snooze(due.get(1), Duration.ofMinutes(5));
            service.dismiss(due.get(0));
            executor.runAll();
            service.stop();
            assertThat(store.pendingOperations("a").pending()).isNotEmpty();
        }
        try (H2CacheStore reopened = H2CacheStore.open(dir)) {
            assertThat(scan(reopened, NOW.plusSeconds(60))).isEmpty();
            assertThat(scan(reopened, NOW.plus(Duration.ofMinutes(6)))).extracting(Reminder::title)
                    .containsExactly("Standup");
        }
    }

    private static List<Reminder> scan(H2CacheStore store, Instant now) {
        ReminderService service = new ReminderService(store, store, new FakeTaskExecutor(),
                Clock.fixed(now, ZoneOffset.UTC), ZoneOffset.UTC);
        List<Reminder> due = service.scan();
        service.stop();
        return due;
    }

    private static void put(BackendStorage storage, String folder, RemoteItem item) {
        try (ItemBatch batch = storage.folder(folder).beginBatch()) {
            batch.upsert(item);
            batch.commit();
        }
    }
}
