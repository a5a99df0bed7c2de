package org.interchange.ui.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.calendar.CalendarEntry;
import org.interchange.ui.calendar.SeriesExpander;
import org.interchange.ui.calendar.SeriesFields;

/**
 * Finds the reminders that are due ([MS-OXORMDR] 3.1.4: an occurrence's reminder is due at its start
 * minus PidLidReminderDelta, until the occurrence ends, unless the signal time lies ahead because it
 * was snoozed or dismissed). It looks on a timer; the cache is read on the {@link TaskExecutor}'s
 * background threads, never on the UI thread. Snooze and dismiss write the signal time through
 * {@link CacheEdits}, so the server learns of them too.
 */
public final class ReminderService {
    /** How often the cache is looked at. */
    static final Duration PERIOD = Duration.ofSeconds(30);
    /** The longest reminder looked for: occurrences further ahead than this are not yet due. */
    static final Duration LOOK_AHEAD = Duration.ofDays(8);
    private static final int PAGE = 500;

    private final Cache cache;
    private final CacheEdits edits;
    private final TaskExecutor executor;
    private final Clock clock;
    private final SeriesExpander expander;
    private final ObservableList<Reminder> due = FXCollections.observableArrayList();
    private final ObservableList<Reminder> dueView = FXCollections.unmodifiableObservableList(due);
    private TaskExecutor.Scheduled next;
    private boolean running;

    public ReminderService(Cache cache, CacheEdits edits, TaskExecutor executor, Clock clock, ZoneId zone) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.expander = new SeriesExpander(zone);
    }

    /** The reminders due now, the soonest first; changed on the UI thread. */
    public ObservableList<Reminder> due() {
        return dueView;
    }

    /** Looks now and then every {@link #PERIOD} until {@link #stop()}. */
    public void start() {
        running = true;
        check();
    }

    public void stop() {
        running = false;
        if (next != null) {
            next.cancel();
        }
    }

    /** Looks at the cache once in the background and updates {@link #due()}. */
    public void check() {
        executor.submit(this::scan, found -> {
            if (!due.equals(found)) {
                due.setAll(found);
            }
            again();
        }, failure -> again());
    }

    /** Hides the reminder for {@code delay}, then it is due again (if its occurrence has not ended). */
    public void snooze(Reminder reminder, Duration delay) {
        signal(reminder, clock.instant().plus(delay));
    }

    /** Hides the reminder of this occurrence for good; later occurrences of a series still remind. */
    public void dismiss(Reminder reminder) {
        signal(reminder, reminder.end().isAfter(clock.instant()) ? reminder.end() : clock.instant());
    }

    private void signal(Reminder reminder, Instant signalTime) {
        due.remove(reminder);
        executor.submit(() -> {
            ItemDetail detail = cache.item(reminder.itemId()).orElseThrow(
                    () -> new org.interchange.cache.api.CacheException("the appointment is no longer in the cache"));
            Map<String, String> fields = new LinkedHashMap<>(detail.fields());
            fields.put(PimFields.REMINDER_NEXT, signalTime.toString());
            ItemSummary s = detail.summary();
            edits.update(s.id(), new ItemContent(s.subject(), detail.bodyText(), detail.bodyHtml(), s.date(), s.endDate(),
                    fields));
            return null;
        }, done -> { }, failure -> check());
    }

    private void again() {
        if (running) {
            next = executor.schedule(PERIOD, this::check);
        }
    }

    /** Every due reminder of every calendar, read on a background thread. */
    List<Reminder> scan() {
        Instant now = clock.instant();
        List<Reminder> out = new ArrayList<>();
        for (AccountInfo account : cache.accounts()) {
            for (CachedFolder folder : cache.folders(account.id())) {
                if (folder.kind() == FolderKind.CALENDAR) {
                    scanFolder(folder.id(), now, out);
                }
            }
        }
        out.sort(Comparator.comparing(Reminder::due).thenComparing(Reminder::itemId));
        return out;
    }

    private void scanFolder(long folderId, Instant now, List<Reminder> out) {
        for (int offset = 0; ; offset += PAGE) {
            List<ItemSummary> page = cache.items(folderId, ItemSort.DATE_ASC, offset, PAGE);
            for (ItemSummary s : page) {
                if (s.date() == null || s.date().isAfter(now.plus(LOOK_AHEAD))) {
                    continue;
                }
                cache.item(s.id()).ifPresent(d -> remindersOf(d, now, out));
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private void remindersOf(ItemDetail d, Instant now, List<Reminder> out) {
        Map<String, String> f = d.fields();
        Integer minutes = minutes(f.get(PimFields.REMINDER_MINUTES));
        if (minutes == null) {
            return;
        }
        Instant signal = instant(f.get(PimFields.REMINDER_NEXT));
        if (signal != null && signal.isAfter(now)) {
            return;
        }
        ItemSummary s = d.summary();
        SeriesExpander.Appointment appointment = new SeriesExpander.Appointment(s.id(), s.folderId(),
                s.subject() == null ? "" : s.subject(), f.get(ItemFields.LOCATION), s.date(), s.endDate(),
                false, SeriesFields.recurrence(f), SeriesFields.deleted(f), SeriesFields.changes(f));
        Duration before = Duration.ofMinutes(minutes);
        for (CalendarEntry e : expander.expand(appointment, now.minus(Duration.ofDays(1)), now.plus(before).plusSeconds(1))) {
            Instant dueAt = e.start().minus(before);
            Instant end = e.end().isAfter(e.start()) ? e.end() : e.start().plusSeconds(60);
            if (!dueAt.isAfter(now) && now.isBefore(end)) {
                out.add(new Reminder(s.id(), e.title(), e.location(), e.start(), end, dueAt));
            }
        }
    }

    private static Integer minutes(String text) {
        try {
            return text == null || text.isBlank() ? null : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException bad) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text.strip());
        } catch (DateTimeParseException bad) {
            return null;
        }
    }

}
