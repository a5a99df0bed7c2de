package org.interchange.ui.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.RefreshGate;

/**
 * The calendar views' model ([MS-OXOCAL] 2.2.1): every calendar folder of every account with its colour,
 * and the occurrences that fall in the shown window, series expanded. Appointments are read from the
 * cache in the background once per folder and again when the cache reports the folder changed.
 */
public final class CalendarViewModel {
    private static final int PAGE = 500;
    /** The widest span held at once (a year page asks for about this much). */
    static final java.time.Duration MAX_WINDOW = java.time.Duration.ofDays(400);

    private final Cache cache;
    private final CacheEdits edits;
    private final TaskExecutor executor;
    private final SeriesExpander expander;
    private final RefreshGate gate = new RefreshGate(this::load);
    private final ObservableList<CalendarSource> calendars = FXCollections.observableArrayList();
    private final ObservableList<CalendarEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<CalendarSource> calendarsView = FXCollections.unmodifiableObservableList(calendars);
    private final ObservableList<CalendarEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<Window> window = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    /** Appointments per calendar folder, read on the background thread and then handed over whole. */
    private Map<Long, List<SeriesExpander.Appointment>> appointments = Map.of();
    private long generation;
    private final CacheListener listener = new CacheListener() {
        @Override
        public void foldersChanged(String accountId) {
            executor.runOnUiThread(gate::request);
        }

        @Override
        public void itemsChanged(long folderId) {
            executor.runOnUiThread(() -> {
                if (calendars.stream().anyMatch(c -> c.folderId() == folderId)) {
                    gate.request();
                }
            });
        }
    };

    public CalendarViewModel(Cache cache, CacheEdits edits, TaskExecutor executor, ZoneId zone) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.expander = new SeriesExpander(zone);
        cache.addListener(listener);
    }

    /** The calendar folders, in account and folder order; the colour slot follows the position. */
    public ObservableList<CalendarSource> calendars() {
        return calendarsView;
    }

    /** The occurrences in the shown window, by start. */
    public ObservableList<CalendarEntry> entries() {
        return entriesView;
    }

    public ReadOnlyObjectProperty<Window> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Shows the occurrences of {@code [from, to)}; the views call it as the user pages through days.
     * Views of one screen ask for neighbouring spans (a week and its month sheet), so a span within
     * {@link #MAX_WINDOW} of the shown one widens it; a span far away replaces it.
     */
    public void show(Instant from, Instant to) {
        Window shown = window.get();
        Window wanted = new Window(from, to);
        if (shown != null) {
            Window union = new Window(from.isBefore(shown.from()) ? from : shown.from(),
                    to.isAfter(shown.to()) ? to : shown.to());
            if (java.time.Duration.between(union.from(), union.to()).compareTo(MAX_WINDOW) <= 0) {
                wanted = union;
            }
        }
        if (wanted.equals(shown)) {
            return;
        }
        window.set(wanted);
        if (calendars.isEmpty() && appointments.isEmpty()) {
            gate.request();
        } else {
            expand();
        }
    }

    /** Reads the calendars again (coalesced). */
    public void refresh() {
        gate.request();
    }

    /** Whether an edit of a recurring occurrence changes only it or the whole series ([MS-OXOCAL] 2.2.1.44.2). */
    public enum Scope { OCCURRENCE, SERIES }

    /** Creates a one-hour (or longer) appointment in a calendar; it appears when the cache reports it. */
    public void create(long folderId, String title, Instant start, Instant end) {
        save(new AppointmentForm(folderId, title, null, null, start, end.isAfter(start) ? end : start.plusSeconds(3600),
                false, null, null), null, Scope.SERIES);
    }

    /** A form for a new one-hour appointment at {@code start} in the first calendar (or {@code folderId}). */
    public AppointmentForm newForm(long folderId, Instant start) {
        return new AppointmentForm(folderId, "", null, null, start, start.plusSeconds(3600), false, 15, null);
    }

    /**
     * Reads what the editor shows for {@code entry} in the background: for {@link Scope#SERIES} the
     * series' own times and rule, for {@link Scope#OCCURRENCE} the occurrence's times and no rule.
     */
    public void open(CalendarEntry entry, Scope scope, java.util.function.Consumer<AppointmentForm> then) {
        executor.submit(() -> detail(entry), detail -> {
            Map<String, String> f = detail.fields();
            boolean occurrence = scope == Scope.OCCURRENCE && entry.recurring();
            ItemSummary s = detail.summary();
            then.accept(new AppointmentForm(s.folderId(), occurrence ? entry.title() : s.subject(),
                    occurrence ? entry.location() : f.get(ItemFields.LOCATION), detail.bodyText(),
                    occurrence ? entry.start() : s.date(), occurrence ? entry.end() : end(s),
                    "true".equalsIgnoreCase(f.get(ItemFields.ALL_DAY)), reminder(f),
                    occurrence ? null : RecurrenceParser.parse(SeriesFields.recurrence(f)).orElse(null)));
        }, failure -> error.set("Could not open the appointment: " + failure.getMessage()));
    }

    /**
     * Writes an edited form: a new appointment when {@code edited} is null; else the appointment or
     * series of {@code edited}, or for {@link Scope#OCCURRENCE} of a recurring entry that occurrence alone.
     */
    public void save(AppointmentForm form, CalendarEntry edited, Scope scope) {
        if (edited == null) {
            write("create the appointment", () -> {
                Map<String, String> fields = formFields(Map.of(), form);
                fields.values().removeIf(String::isEmpty);
                return edits.create(form.folderId(), new ItemContent(form.title(), form.notes(), null, form.start(),
                        form.end(), fields));
            });
        } else if (scope == Scope.OCCURRENCE && edited.recurring()) {
            change(edited, "change the occurrence", (detail, content) -> new ItemContent(content.subject(),
                    content.bodyText(), content.bodyHtml(), content.date(), content.endDate(),
                    SeriesFields.withChange(content.fields(), new org.interchange.cache.api.OccurrenceChange(
                            edited.originalStart(), form.start(), form.end(), form.title(), form.location()))));
        } else {
            write("change the appointment", () -> {
                ItemDetail detail = detail(edited);
                boolean sameNotes = java.util.Objects.equals(form.notes(), detail.bodyText());
                edits.update(edited.itemId(), new ItemContent(form.title(), form.notes(),
                        sameNotes ? detail.bodyHtml() : null, form.start(), form.end(),
                        formFields(detail.fields(), form)));
                // another calendar of the same account: the item moves there ([MS-OXCFXICS] 2.2.3.2.4.4)
                return form.folderId() != detail.summary().folderId() ? edits.move(edited.itemId(), form.folderId()) : null;
            });
        }
    }

    /**
     * Moves an occurrence to a new time: a single appointment moves; for a series, {@link Scope#SERIES}
     * shifts every occurrence by the same amount, {@link Scope#OCCURRENCE} moves this one alone.
     */
    public void move(CalendarEntry entry, Instant newStart, Instant newEnd, Scope scope) {
        if (scope == Scope.OCCURRENCE && entry.recurring()) {
            change(entry, "move the occurrence", (detail, content) -> withFields(content,
                    SeriesFields.withChange(content.fields(), new org.interchange.cache.api.OccurrenceChange(
                            entry.originalStart(), newStart, newEnd.isBefore(newStart) ? newStart : newEnd,
                            entry.title(), entry.location()))));
            return;
        }
        java.time.Duration shift = java.time.Duration.between(entry.start(), newStart);
        java.time.Duration length = java.time.Duration.between(newStart, newEnd);
        change(entry, "move the appointment", (detail, content) -> {
            Instant start = detail.summary().date().plus(shift);
            return new ItemContent(content.subject(), content.bodyText(), content.bodyHtml(), start,
                    start.plus(length.isNegative() ? java.time.Duration.ZERO : length), content.fields());
        });
    }

    /** As {@link #move(CalendarEntry, Instant, Instant, Scope)} for the whole series. */
    public void move(CalendarEntry entry, Instant newStart, Instant newEnd) {
        move(entry, newStart, newEnd, Scope.SERIES);
    }

    /** Gives the appointment (the series, or the occurrence alone) a new title and location. */
    public void rename(CalendarEntry entry, String title, String location, Scope scope) {
        if (scope == Scope.OCCURRENCE && entry.recurring()) {
            change(entry, "rename the occurrence", (detail, content) -> withFields(content,
                    SeriesFields.withChange(content.fields(), new org.interchange.cache.api.OccurrenceChange(
                            entry.originalStart(), entry.start(), entry.end(), title, location))));
            return;
        }
        change(entry, "rename the appointment", (detail, content) -> {
            Map<String, String> fields = new java.util.LinkedHashMap<>(content.fields());
            fields.put(ItemFields.LOCATION, location == null ? "" : location);
            return new ItemContent(title, content.bodyText(), content.bodyHtml(), content.date(), content.endDate(),
                    fields);
        });
    }

    /** As {@link #rename(CalendarEntry, String, String, Scope)} for the whole series. */
    public void rename(CalendarEntry entry, String title, String location) {
        rename(entry, title, location, Scope.SERIES);
    }

    /**
     * Deletes the appointment or series to Deleted Items; {@link Scope#OCCURRENCE} of a recurring
     * entry deletes that occurrence only (it joins the series' deleted instances).
     */
    public void delete(CalendarEntry entry, Scope scope) {
        if (scope == Scope.OCCURRENCE && entry.recurring()) {
            change(entry, "delete the occurrence", (detail, content) -> withFields(content,
                    SeriesFields.withDeleted(content.fields(), entry.originalStart())));
            return;
        }
        write("delete the appointment", () -> edits.delete(entry.itemId(), DeleteMode.TO_DELETED_ITEMS));
    }

    /** As {@link #delete(CalendarEntry, Scope)} for the whole series. */
    public void delete(CalendarEntry entry) {
        delete(entry, Scope.SERIES);
    }

    private static ItemContent withFields(ItemContent content, Map<String, String> fields) {
        return new ItemContent(content.subject(), content.bodyText(), content.bodyHtml(), content.date(),
                content.endDate(), fields);
    }

    /** The fields of {@code base} with the form's location, all-day flag, reminder and rule. */
    private static Map<String, String> formFields(Map<String, String> base, AppointmentForm form) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(base);
        String oldRule = SeriesFields.recurrence(base);
        String newRule = form.rule() == null ? null : form.rule().toRRule();
        boolean ruleChanged = oldRule == null ? newRule != null
                : !RecurrenceParser.parse(oldRule).map(RecurrenceRule::toRRule).equals(java.util.Optional.ofNullable(newRule));
        if (ruleChanged) {
            fields = SeriesFields.withRule(fields, form.rule());
        }
        fields.put(ItemFields.LOCATION, form.location() == null ? "" : form.location());
        fields.put(ItemFields.ALL_DAY, Boolean.toString(form.allDay()));
        fields.put(org.interchange.cache.api.PimFields.REMINDER_MINUTES,
                form.reminderMinutes() == null ? "" : Integer.toString(form.reminderMinutes()));
        return fields;
    }

    static Integer reminder(Map<String, String> fields) {
        String minutes = fields.get(org.interchange.cache.api.PimFields.REMINDER_MINUTES);
        try {
            return minutes == null || minutes.isBlank() ? null : Integer.valueOf(minutes.strip());
        } catch (NumberFormatException bad) {
            return null;
        }
    }

    private static Instant end(ItemSummary s) {
        return s.endDate() == null || s.endDate().isBefore(s.date()) ? s.date() : s.endDate();
    }

    private ItemDetail detail(CalendarEntry entry) {
        return cache.item(entry.itemId()).orElseThrow(
                () -> new org.interchange.cache.api.CacheException("the appointment is no longer in the cache"));
    }

    private void change(CalendarEntry entry, String what,
                        java.util.function.BiFunction<ItemDetail, ItemContent, ItemContent> edit) {
        write(what, () -> {
            ItemDetail detail = detail(entry);
            ItemSummary s = detail.summary();
            ItemContent now = new ItemContent(s.subject(), detail.bodyText(), detail.bodyHtml(), s.date(),
                    s.endDate(), detail.fields());
            edits.update(entry.itemId(), edit.apply(detail, now));
            return null;
        });
    }

    private void write(String what, java.util.concurrent.Callable<?> work) {
        executor.submit(work, done -> error.set(null), failure -> {
            error.set("Could not " + what + ": " + failure.getMessage());
            gate.request(); // show the cache's state again, not the dragged one
        });
    }

    public void dispose() {
        cache.removeListener(listener);
    }

    private void load(Runnable done) {
        executor.submit(this::read, read -> {
            error.set(null);
            if (!calendars.equals(read.sources())) {
                calendars.setAll(read.sources());
            }
            appointments = read.appointments();
            expand();
            done.run();
        }, failure -> {
            error.set("Could not read the calendars: " + failure.getMessage());
            done.run();
        });
    }

    private Snapshot read() {
        List<CalendarSource> sources = new ArrayList<>();
        Map<Long, List<SeriesExpander.Appointment>> byFolder = new HashMap<>();
        for (AccountInfo account : cache.accounts()) {
            for (CachedFolder folder : cache.folders(account.id())) {
                if (folder.kind() != FolderKind.CALENDAR) {
                    continue;
                }
                sources.add(new CalendarSource(folder.id(), account.displayName(), folder.displayName(),
                        sources.size() % CalendarSource.COLOURS));
                byFolder.put(folder.id(), appointments(folder.id()));
            }
        }
        return new Snapshot(List.copyOf(sources), Map.copyOf(byFolder));
    }

    private List<SeriesExpander.Appointment> appointments(long folderId) {
        List<SeriesExpander.Appointment> out = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ItemSummary> page = cache.items(folderId, ItemSort.DATE_ASC, offset, PAGE);
            for (ItemSummary s : page) {
                if (s.date() == null) {
                    continue;
                }
                Map<String, String> fields = cache.item(s.id()).map(ItemDetail::fields).orElse(Map.of());
                out.add(new SeriesExpander.Appointment(s.id(), folderId, s.subject() == null ? "" : s.subject(),
                        fields.get(ItemFields.LOCATION), s.date(), s.endDate(),
                        "true".equalsIgnoreCase(fields.get(ItemFields.ALL_DAY)), SeriesFields.recurrence(fields),
                        SeriesFields.deleted(fields), SeriesFields.changes(fields), SeriesFields.zone(fields)));
            }
            if (page.size() < PAGE) {
                return List.copyOf(out);
            }
        }
    }

    /** Expands the held appointments for the window in the background; a newer request wins. */
    private void expand() {
        Window shown = window.get();
        if (shown == null) {
            return;
        }
        long mine = ++generation;
        Map<Long, List<SeriesExpander.Appointment>> held = appointments;
        executor.submit(() -> {
            List<CalendarEntry> out = new ArrayList<>();
            for (List<SeriesExpander.Appointment> folder : held.values()) {
                for (SeriesExpander.Appointment a : folder) {
                    out.addAll(expander.expand(a, shown.from(), shown.to()));
                }
            }
            out.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::itemId));
            return out;
        }, expanded -> {
            if (mine == generation && !entries.equals(expanded)) {
                entries.setAll(expanded);
            }
        }, failure -> error.set("Could not show the calendars: " + failure.getMessage()));
    }

    /** The time span the views show. */
    public record Window(Instant from, Instant to) {
    }

    private record Snapshot(List<CalendarSource> sources, Map<Long, List<SeriesExpander.Appointment>> appointments) {
    }
}
