package org.interchange.ui.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * In-app notifications of due reminders ([MS-OXORMDR] 3.1.4): one card per reminder in the window's
 * lower right corner, with the appointment's title, time and place, Snooze (for a chosen time) and Dismiss.
 * Lay {@link #node()} over the window's content; it lets clicks through where it shows nothing.
 */
public final class NotificationsView {
    /** The snooze choices. */
    static final List<Duration> SNOOZES = List.of(Duration.ofMinutes(5), Duration.ofMinutes(10),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1));
    private final ReminderService reminders;
    private final java.time.ZoneId zone;
    private final VBox box = new VBox(10);

    public NotificationsView(ReminderService reminders, java.time.ZoneId zone) {
        this.reminders = reminders;
        this.zone = zone;
        box.setId("notifications");
        box.setAlignment(Pos.BOTTOM_RIGHT);
        box.setPickOnBounds(false);
        box.setPadding(new Insets(16));
        box.setFillWidth(false);
        reminders.due().addListener((ListChangeListener<Reminder>) c -> show());
        show();
    }

    public Node node() {
        return box;
    }

    private void show() {
        box.getChildren().setAll(reminders.due().stream().limit(4).map(this::card).toList());
        if (reminders.due().size() > 4) {
            box.getChildren().add(new Label("and " + (reminders.due().size() - 4) + " more reminders"));
        }
    }

    private Node card(Reminder r) {
        Label title = new Label(r.title(), Icons.of(Feather.BELL));
        title.getStyleClass().add("title-4");
        title.setId("reminderTitle");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
        java.time.Instant now = Clock.systemUTC().instant();
        String when = r.start().isAfter(now)
                ? "Starts at " + time.format(r.start().atZone(zone)) + " (in "
                + Math.max(1, Duration.between(now, r.start()).toMinutes()) + " min)"
                : "Started at " + time.format(r.start().atZone(zone));
        Label detail = new Label(r.location() == null || r.location().isBlank() ? when : when + " · " + r.location());
        detail.getStyleClass().add("text-muted");
        ComboBox<Duration> snoozeFor = new ComboBox<>();
        snoozeFor.getItems().setAll(SNOOZES);
        snoozeFor.getSelectionModel().selectFirst();
        snoozeFor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : d.toHours() >= 1 ? d.toHours() + " h" : d.toMinutes() + " min";
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        Button snooze = new Button("Snooze", Icons.of(Feather.CLOCK));
        snooze.setId("reminderSnooze");
        snooze.setOnAction(e -> reminders.snooze(r, snoozeFor.getValue()));
        Button dismiss = new Button("Dismiss", Icons.of(Feather.X));
        dismiss.setId("reminderDismiss");
        dismiss.getStyleClass().add("accent");
        dismiss.setOnAction(e -> reminders.dismiss(r));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox card = new VBox(6, title, detail, new HBox(6, snoozeFor, snooze, gap, dismiss));
        card.getStyleClass().add("reminder-card");
        card.setStyle("-fx-background-color: -color-bg-overlay; -fx-border-color: -color-border-default;"
                + " -fx-background-radius: 8; -fx-border-radius: 8; -fx-padding: 12;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 12, 0, 0, 3);");
        card.setPrefWidth(360);
        card.setMaxWidth(360);
        return card;
    }
}
