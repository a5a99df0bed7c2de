package org.interchange.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.CalendarView;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;

/**
 * The calendar: CalendarFX's day, week, month and year pages over the {@link CalendarViewModel}, one
 * CalendarFX calendar (with its colour style) per calendar folder ([MS-OXOCAL] 2.2.11). The view never
 * reads the cache: it tells the model which days are on screen and draws the occurrences it gets back.
 */
public final class CalendarPane {
    private final CalendarViewModel viewModel;
    private final ZoneId zone;
    private final CalendarView view = new CalendarView();
    private final com.calendarfx.model.CalendarSource source = new com.calendarfx.model.CalendarSource("Interchange");
    private final Map<Long, Calendar> byFolder = new HashMap<>();
    private boolean applying;
    private ScopeChooser scopes = ScopeChooser.alert(this::window);

    public CalendarPane(CalendarViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
        view.setId("calendarView");
        view.getStyleClass().add("calendar-pane");
        view.setShowAddCalendarButton(false);
        view.setShowPrintButton(false);
        view.setShowDeveloperConsole(false);
        view.setShowSearchField(false);
        view.setShowSourceTrayButton(true);
        view.setZoneId(zone);
        view.getCalendarSources().setAll(source);
        view.setEntryFactory(param -> {
            if (param.getCalendar() != null
                    && param.getCalendar().getUserObject() instanceof CalendarSource target) {
                openNew(target.folderId(), param.getZonedDateTime().toInstant());
            }
            return null; // the appointment appears when the cache reports it
        });
        view.setEntryDetailsCallback(param -> {
            if (param.getEntry().getUserObject() instanceof CalendarEntry entry) {
                open(entry);
            }
            return true;
        });
        view.setEntryContextMenuCallback(param -> param.getEntry().getUserObject() instanceof CalendarEntry entry
                ? entryMenu(entry) : null);
        view.addEventFilter(LoadEvent.LOAD, e -> viewModel.show(e.getStartTime().toInstant(),
                e.getEndTime().toInstant()));
        viewModel.calendars().addListener((ListChangeListener<CalendarSource>) c -> showCalendars());
        viewModel.entries().addListener((ListChangeListener<CalendarEntry>) c -> showEntries());
        showCalendars();
        showEntries();
        view.showWeekPage();
    }

    public Parent node() {
        return view;
    }

    /** Replaces how the "this occurrence / the whole series" question is asked (tests answer it directly). */
    public void setScopeChooser(ScopeChooser chooser) {
        scopes = java.util.Objects.requireNonNull(chooser, "chooser");
    }

    /** Opens the editor for a new appointment in a calendar at {@code start}; saving creates it. */
    public void openNew(long folderId, java.time.Instant start) {
        editor(viewModel.newForm(folderId, start), false).show(form -> viewModel.save(form, null,
                CalendarViewModel.Scope.SERIES));
    }

    /** Opens the editor of an occurrence, asking first whether the occurrence or the series is meant. */
    public void open(CalendarEntry entry) {
        withScope("Open", entry, scope -> viewModel.open(entry, scope, form -> editor(form,
                scope == CalendarViewModel.Scope.OCCURRENCE && entry.recurring())
                .show(saved -> viewModel.save(saved, entry, scope))), () -> { });
    }

    /** Deletes an occurrence, asking first whether the occurrence or the series is meant. */
    public void delete(CalendarEntry entry) {
        withScope("Delete", entry, scope -> viewModel.delete(entry, scope), this::showEntries);
    }

    private AppointmentEditor editor(AppointmentForm form, boolean occurrence) {
        return new AppointmentEditor(new AppointmentEditorViewModel(form, viewModel.calendars(), zone, occurrence),
                window());
    }

    private javafx.scene.control.ContextMenu entryMenu(CalendarEntry entry) {
        javafx.scene.control.MenuItem open = new javafx.scene.control.MenuItem("Open…");
        open.setOnAction(e -> open(entry));
        javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem("Delete");
        delete.setId("deleteAppointment");
        delete.setOnAction(e -> delete(entry));
        return new javafx.scene.control.ContextMenu(open, delete);
    }

    private void withScope(String action, CalendarEntry entry, java.util.function.Consumer<CalendarViewModel.Scope> then,
                           Runnable cancelled) {
        if (entry.recurring()) {
            scopes.choose(action, entry, then, cancelled);
        } else {
            then.accept(CalendarViewModel.Scope.SERIES);
        }
    }

    private javafx.stage.Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    /** The CalendarFX control, for switching pages (day, week, month) and for tests. */
    public CalendarView calendarView() {
        return view;
    }

    private void showCalendars() {
        applying = true;
        try {
            Map<Long, Calendar> before = new HashMap<>(byFolder);
            byFolder.clear();
            List<Calendar> shown = viewModel.calendars().stream().map(c -> {
                Calendar calendar = before.containsKey(c.folderId()) ? before.get(c.folderId()) : edited(new Calendar());
                calendar.setName(c.name());
                calendar.setShortName(c.name());
                calendar.setStyle(Calendar.Style.getStyle(c.colour()));
                calendar.setUserObject(c);
                byFolder.put(c.folderId(), calendar);
                return calendar;
            }).toList();
            source.getCalendars().setAll(shown);
            source.setName(viewModel.calendars().isEmpty() ? "Calendars" : viewModel.calendars().getFirst().accountName());
        } finally {
            applying = false;
        }
        showEntries();
    }

    /** Replaces every calendar's entries with the model's occurrences. */
    private void showEntries() {
        applying = true;
        try {
            byFolder.values().forEach(Calendar::clear);
            for (CalendarEntry occurrence : viewModel.entries()) {
                Calendar calendar = byFolder.get(occurrence.folderId());
                if (calendar == null) {
                    continue;
                }
                Entry<CalendarEntry> entry = new Entry<>(occurrence.title(),
                        new Interval(occurrence.start(), occurrence.end(), zone), occurrence.key());
                entry.setLocation(occurrence.location());
                entry.setFullDay(occurrence.allDay());
                entry.setUserObject(occurrence);
                calendar.addEntry(entry);
            }
        } finally {
            applying = false;
        }
    }

    /** Drags, title and location edits and deletions made in CalendarFX go to the model (and so to the cache). */
    private Calendar edited(Calendar calendar) {
        // CalendarFX's own one-argument form: JavaFX 25's EventTarget.addEventHandler(type, handler) is unsupported here
        calendar.addEventHandler((javafx.event.EventHandler<CalendarEvent>) e -> {
            if (applying || !(e.getEntry() != null && e.getEntry().getUserObject() instanceof CalendarEntry entry)) {
                return;
            }
            Entry<?> changed = e.getEntry();
            if (e.getEventType() == CalendarEvent.ENTRY_INTERVAL_CHANGED) {
                java.time.Instant start = changed.getStartAsZonedDateTime().toInstant();
                java.time.Instant end = changed.getEndAsZonedDateTime().toInstant();
                withScope("Move", entry, scope -> viewModel.move(entry, start, end, scope), this::showEntries);
            } else if (e.getEventType() == CalendarEvent.ENTRY_TITLE_CHANGED
                    || e.getEventType() == CalendarEvent.ENTRY_LOCATION_CHANGED) {
                String title = changed.getTitle();
                String location = changed.getLocation();
                withScope("Rename", entry, scope -> viewModel.rename(entry, title, location, scope), this::showEntries);
            } else if (e.getEventType() == CalendarEvent.ENTRY_CALENDAR_CHANGED && changed.getCalendar() == null) {
                delete(entry);
            }
        });
        return calendar;
    }
}
