package org.interchange.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.ui.fx.FxWait.fx;
import static org.interchange.ui.fx.FxWait.until;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FxTaskExecutor;
import org.interchange.ui.Theme;
import org.interchange.ui.calendar.CalendarPane;
import org.interchange.ui.calendar.CalendarViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** CalendarFX's pages over the calendar view-model, on JavaFX 25 and a real display. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*:\\d+(\\.\\d+)?")
class CalendarPaneFxTest {
    private final ZoneId zone = ZoneId.systemDefault();
    private final FakeCache cache = new FakeCache();
    private ExecutorService background;
    private CalendarViewModel model;
    private CalendarPane pane;

    @Start
    void start(Stage stage) {
        cache.addAccount("a", "alice@example.org");
        CachedFolder work = cache.addFolder("a", "cal", null, "Calendar", FolderKind.CALENDAR);
        CachedFolder home = cache.addFolder("a", "home", null, "Family", FolderKind.CALENDAR);
        LocalDate today = LocalDate.now(zone);
        cache.addItem(work, "Design review", "bob", today.atTime(LocalTime.of(14, 0)).atZone(zone).toInstant(), true,
                "", null, Map.of(ItemFields.LOCATION, "Room 2"), List.of());
        cache.addItem(home, "Swimming", "alice", today.minusWeeks(3).atTime(LocalTime.of(7, 0)).atZone(zone)
                .toInstant(), true, "", null, Map.of(ItemFields.RECURRENCE, "Every weekday, 07:00-08:00"), List.of());
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "calendar-test");
            t.setDaemon(true);
            return t;
        });
        model = new CalendarViewModel(cache, cache, new FxTaskExecutor(background), zone);
        pane = new CalendarPane(model, zone);
        Scene scene = new Scene(pane.node(), 1300, 850);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        model.dispose();
        background.shutdownNow();
    }

    @Test
    void weekDayAndMonthPagesShowTheCalendarsInTheirColoursWithTheSeriesExpanded(FxRobot robot) {
        until(() -> titles().stream().filter("Swimming"::equals).count() >= 5 && titles().contains("Design review"));
        List<Calendar> calendars = fx(() -> pane.calendarView().getCalendarSources().getFirst().getCalendars());
        assertThat(calendars).extracting(Calendar::getName).containsExactly("Calendar", "Family");
        assertThat(calendars).extracting(Calendar::getStyle).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(fx(() -> robot.lookup("Design review").tryQuery())).isPresent();

        fx(() -> {
            pane.calendarView().showDayPage();
            return null;
        });
        fx(() -> {
            pane.calendarView().showMonthPage();
            return null;
        });
        // the month page asks for about six weeks: the series fills them on weekdays only
        until(() -> titles().stream().filter("Swimming"::equals).count() >= 20);
        until(() -> fx(() -> robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().contains("Swimming")).tryQuery()).isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void creatingAndDraggingAnAppointmentWritesItToTheCache(FxRobot robot) {
        until(() -> titles().contains("Design review"));
        java.time.ZonedDateTime nine = LocalDate.now(zone).atTime(9, 0).atZone(zone);
        fx(() -> {
            pane.calendarView().createEntryAt(nine);
            return null;
        });
        // the editor opens; the user types a title, asks for a weekly series and saves
        until(() -> fx(() -> robot.lookup("#appointmentTitle").tryQuery()).isPresent());
        robot.clickOn("#appointmentTitle").write("Planning poker");
        fx(() -> {
            robot.lookup("#recurrenceRepeat").queryComboBox().getSelectionModel()
                    .select(org.interchange.ui.calendar.RecurrenceEditorViewModel.Repeat.WEEKLY);
            return null;
        });
        fx(() -> {
            robot.lookup("#recurrenceEditor").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true);
            return null;
        });
        until(() -> fx(() -> robot.lookup("#recurrenceDayMO").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false)));
        org.testfx.util.WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS); // the pane's animation
        org.interchange.ui.Screenshots.write(fx(() -> robot.lookup("#appointmentEditor").queryAs(javafx.scene.Node.class)).getScene(),
                java.nio.file.Path.of("..", "docs", "screenshots", "appointment-editor.png"));
        robot.clickOn("#appointmentSave");
        until(() -> titles().contains("Planning poker"));
        assertThat(cache.edits).anyMatch(e -> e.startsWith("create:") && e.endsWith("Planning poker"));
        long created = cache.search("planning", 10).getFirst().id();
        assertThat(cache.item(created).orElseThrow().fields())
                .containsEntry(org.interchange.cache.api.PimFields.RECURRENCE_RULE,
                        "FREQ=WEEKLY;BYDAY=" + nine.getDayOfWeek().name().substring(0, 2));

        // what a drag does to the entry: a new interval, two hours later
        fx(() -> {
            for (Calendar<?> calendar : (List<Calendar<?>>) (List<?>) pane.calendarView().getCalendarSources()
                    .getFirst().getCalendars()) {
                for (Entry<?> entry : calendar.findEntries("Design review")) {
                    entry.setInterval(entry.getStartAsZonedDateTime().plusHours(2),
                            entry.getEndAsZonedDateTime().plusHours(2));
                }
            }
            return null;
        });
        java.time.Instant moved = LocalDate.now(zone).atTime(16, 0).atZone(zone).toInstant();
        until(() -> cache.search("design", 10).getFirst().date().equals(moved));
    }

    @Test
    @SuppressWarnings("unchecked")
    void draggingOneOccurrenceOfASeriesAsksAndMovesOnlyThatOne(FxRobot robot) {
        until(() -> titles().contains("Swimming"));
        java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        fx(() -> {
            pane.setScopeChooser((action, entry, chosen, cancelled) -> {
                asked.add(action + " " + entry.title());
                chosen.accept(org.interchange.ui.calendar.CalendarViewModel.Scope.OCCURRENCE);
            });
            return null;
        });
        LocalDate today = LocalDate.now(zone);
        LocalDate weekday = today.getDayOfWeek().getValue() >= 6 ? today.plusDays(8 - today.getDayOfWeek().getValue())
                : today;
        until(() -> !entriesOn(weekday, "Swimming").isEmpty());
        fx(() -> {
            Entry<?> entry = entriesOn(weekday, "Swimming").getFirst();
            entry.setInterval(entry.getStartAsZonedDateTime().plusHours(3), entry.getEndAsZonedDateTime().plusHours(3));
            return null;
        });
        until(() -> cache.edits.stream().anyMatch(e -> e.startsWith("update:")));
        assertThat(asked).containsExactly("Move Swimming");
        long series = cache.search("swimming", 10).getFirst().id();
        assertThat(cache.item(series).orElseThrow().fields().get(org.interchange.cache.api.PimFields.MODIFIED_OCCURRENCES))
                .startsWith(weekday.atTime(7, 0).atZone(zone).toInstant().toString() + "\t"
                        + weekday.atTime(10, 0).atZone(zone).toInstant());
        // the others stay at seven
        until(() -> fx(() -> model.entries().stream().filter(e -> e.title().equals("Swimming"))
                .allMatch(e -> e.start().atZone(zone).toLocalTime().equals(
                        e.originalStart().atZone(zone).toLocalDate().equals(weekday) ? LocalTime.of(10, 0)
                                : LocalTime.of(7, 0)))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Entry<?>> entriesOn(LocalDate day, String title) {
        List<Entry<?>> out = new java.util.ArrayList<>();
        for (Calendar<?> calendar : (List<Calendar<?>>) (List<?>) pane.calendarView().getCalendarSources().getFirst()
                .getCalendars()) {
            calendar.findEntries(day, day, zone).values().stream().flatMap(List::stream)
                    .filter(e -> e.getTitle().equals(title)).forEach(out::add);
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<String> titles() {
        return fx(() -> {
            List<String> titles = new java.util.ArrayList<>();
            for (Calendar<?> calendar : (List<Calendar<?>>) (List<?>) pane.calendarView().getCalendarSources().getFirst().getCalendars()) {
                Map<LocalDate, List<Entry<?>>> days = calendar.findEntries(LocalDate.now(zone).minusYears(1),
                        LocalDate.now(zone).plusYears(1), zone);
                days.values().stream().flatMap(List::stream).distinct().forEach(e -> titles.add(e.getTitle()));
            }
            return titles;
        });
    }
}
