package org.interchange.ui.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.calendar.SeriesExpander;
import org.interchange.ui.calendar.SeriesFields;

/**
 * Reads every cached item that has a reminder ([MS-OXORMDR] 2.2.1 PidLidReminderSet): the appointments of every
 * calendar, series included, and the open tasks with a due date of every task folder, whatever the views show.
 */
final class ReminderCandidates {
    /** The signal time of a dismissed reminder: 4501-01-01, "never" ([MS-OXORMDR] 3.1.4.3). */
    static final Instant NEVER = Instant.parse("4501-01-01T00:00:00Z");
    /** How the cache marks a reminder dismissed on the server ({@link PimFields#REMINDER_NEXT}). */
    private static final String DISMISSED = "dismissed";
    /** PidLidTaskStatus olTaskComplete ([MS-OXOTASK] 2.2.2.2.2). */
    private static final String COMPLETE = "2";
    private static final int PAGE = 500;

    /**
     * An item with a reminder: a task is an appointment starting and ending at its due date; {@code before} is the
     * lead time, {@code signal} the snoozed or dismissed signal time (null: none).
     */
    record Candidate(SeriesExpander.Appointment appointment, Duration before, Instant signal, boolean task) {
    }

    private ReminderCandidates() {
    }

    /** On a background thread: every appointment and open task with a reminder, in every account. */
    static List<Candidate> read(Cache cache) {
        List<Candidate> out = new ArrayList<>();
        for (AccountInfo account : cache.accounts()) {
            for (CachedFolder folder : cache.folders(account.id())) {
                if (folder.kind() != FolderKind.CALENDAR && folder.kind() != FolderKind.TASKS) {
                    continue;
                }
                boolean tasks = folder.kind() == FolderKind.TASKS;
                for (int offset = 0; ; offset += PAGE) {
                    List<ItemSummary> page = cache.items(folder.id(), ItemSort.DATE_ASC, offset, PAGE);
                    for (ItemSummary s : page) {
                        if (s.date() != null) {
                            cache.item(s.id()).map(d -> candidate(d, tasks)).ifPresent(out::add);
                        }
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static Candidate candidate(ItemDetail d, boolean task) {
        Map<String, String> f = d.fields();
        Integer minutes = minutes(f.get(PimFields.REMINDER_MINUTES));
        if (minutes == null || task && isDone(f)) {
            return null;
        }
        ItemSummary s = d.summary();
        String title = s.subject() == null ? "" : s.subject();
        SeriesExpander.Appointment appointment = task
                ? new SeriesExpander.Appointment(s.id(), s.folderId(), title, null, s.date(), s.date(), false, null,
                        java.util.Set.of(), List.of())
                : new SeriesExpander.Appointment(s.id(), s.folderId(), title, f.get(ItemFields.LOCATION), s.date(),
                        s.endDate(), false, SeriesFields.recurrence(f), SeriesFields.deleted(f), SeriesFields.changes(f),
                        SeriesFields.zone(f));
        return new Candidate(appointment, Duration.ofMinutes(minutes), signal(f.get(PimFields.REMINDER_NEXT)), task);
    }

    private static boolean isDone(Map<String, String> f) {
        String completed = f.get(PimFields.TASK_COMPLETED);
        return COMPLETE.equals(f.get(ItemFields.TASK_STATUS)) || completed != null && !completed.isBlank();
    }

    private static Integer minutes(String text) {
        try {
            return text == null || text.isBlank() ? null : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException bad) {
            return null;
        }
    }

    private static Instant signal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (DISMISSED.equals(text.strip())) {
            return NEVER;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException bad) {
            return null;
        }
    }
}
