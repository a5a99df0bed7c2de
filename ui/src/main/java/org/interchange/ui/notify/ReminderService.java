package org.interchange.ui.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.calendar.CalendarEntry;
import org.interchange.ui.calendar.SeriesExpander;

/**
 * Finds the reminders that are due ([MS-OXORMDR] 3.1.4: an occurrence's reminder is due at its start
 * minus PidLidReminderDelta, until the occurrence ends, unless the signal time lies ahead because it
 * was snoozed or dismissed; an open task's is due at its due date minus the delta until it is done) among
 * all cached items ({@link ReminderCandidates}), whatever the views show. It looks on a timer; the cache is read on the {@link TaskExecutor}'s
 * background threads, never on the UI thread, and only again after it reported a change: a tick
 * without changes only compares the items already read with the clock. Snooze and dismiss write the signal time through
 * {@link CacheEdits}, so the server learns of them too.
 */
public final class ReminderService {
    /** How often the cache is looked at. */
    static final Duration PERIOD = Duration.ofSeconds(30);
    /** The longest reminder looked for: occurrences further ahead than this are not yet due. */
    static final Duration LOOK_AHEAD = Duration.ofDays(8);

    private final Cache cache;
    private final CacheEdits edits;
    private final TaskExecutor executor;
    private final Clock clock;
    private final SeriesExpander expander;
    private final ObservableList<Reminder> due = FXCollections.observableArrayList();
    private final ObservableList<Reminder> dueView = FXCollections.unmodifiableObservableList(due);
    private TaskExecutor.Scheduled next;
    private boolean running;
    /** The items with a reminder as last read, or null when the cache changed since. */
    private volatile List<ReminderCandidates.Candidate> candidates;
    /** Counts the cache's change reports, so a read that raced with a change is not kept. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private final CacheListener listener = new CacheListener() {
        @Override
        public void foldersChanged(String accountId) {
            changed();
        }

        @Override
        public void itemsChanged(long folderId) {
            changed();
        }
    };

    public ReminderService(Cache cache, CacheEdits edits, TaskExecutor executor, Clock clock, ZoneId zone) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.expander = new SeriesExpander(zone);
        cache.addListener(listener);
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

    /** Stops the timer and stops listening to the cache. */
    public void stop() {
        running = false;
        cache.removeListener(listener);
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

    /** Hides the reminder of this occurrence for good (a task's for good); later occurrences of a series still remind. */
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
        }, done -> changed(), failure -> check());
    }

    private void changed() {
        changes.incrementAndGet();
        candidates = null;
    }

    private void again() {
        if (running) {
            next = executor.schedule(PERIOD, this::check);
        }
    }

    /** Every due reminder of every calendar and task folder, on a background thread. */
    List<Reminder> scan() {
        Instant now = clock.instant();
        long seen = changes.get();
        List<ReminderCandidates.Candidate> known = candidates;
        if (known == null) {
            known = ReminderCandidates.read(cache);
            if (changes.get() == seen) {
                candidates = known;
            }
        }
        List<Reminder> out = new ArrayList<>();
        for (ReminderCandidates.Candidate c : known) {
            due(c, now, out);
        }
        out.sort(Comparator.comparing(Reminder::due).thenComparing(Reminder::itemId));
        return out;
    }

    private void due(ReminderCandidates.Candidate c, Instant now, List<Reminder> out) {
        if (c.signal() != null && c.signal().isAfter(now)) {
            return;
        }
        if (c.task()) {
            // a task's reminder stays until it is done, snoozed or dismissed ([MS-OXORMDR] 3.1.4.1)
            Instant dueAt = c.appointment().start().minus(c.before());
            if (!dueAt.isAfter(now)) {
                out.add(new Reminder(c.appointment().itemId(), c.appointment().title(), null,
                        c.appointment().start(), ReminderCandidates.NEVER, dueAt));
            }
            return;
        }
        if (c.appointment().recurrence() == null && c.appointment().start().isAfter(now.plus(LOOK_AHEAD))) {
            return;
        }
        for (CalendarEntry e : expander.expand(c.appointment(), now.minus(Duration.ofDays(1)),
                now.plus(c.before()).plusSeconds(1))) {
            Instant dueAt = e.start().minus(c.before());
            Instant end = e.end().isAfter(e.start()) ? e.end() : e.start().plusSeconds(60);
            if (!dueAt.isAfter(now) && now.isBefore(end)) {
                out.add(new Reminder(c.appointment().itemId(), e.title(), e.location(), e.start(), end, dueAt));
            }
        }
    }

}
