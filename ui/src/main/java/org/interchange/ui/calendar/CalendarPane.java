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
                java.time.Instant start = param.getZonedDateTime().toInstant();
                viewModel.create(target.folderId(), "New appointment", start, start.plusSeconds(3600));
            }
            return null; // the appointment appears when the cache reports it
        });
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
                viewModel.move(entry, changed.getStartAsZonedDateTime().toInstant(),
                        changed.getEndAsZonedDateTime().toInstant());
            } else if (e.getEventType() == CalendarEvent.ENTRY_TITLE_CHANGED
                    || e.getEventType() == CalendarEvent.ENTRY_LOCATION_CHANGED) {
                viewModel.rename(entry, changed.getTitle(), changed.getLocation());
            } else if (e.getEventType() == CalendarEvent.ENTRY_CALENDAR_CHANGED && changed.getCalendar() == null) {
                viewModel.delete(entry);
            }
        });
        return calendar;
    }
}
