package org.interchange.ui.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The bar over the reading pane of a meeting request ([MS-OXOCAL] 2.2.5): when the meeting is, and
 * Accept, Tentative and Decline; hidden for every other message.
 */
public final class MeetingResponseBar {
    private final HBox bar;

    public MeetingResponseBar(MeetingResponseViewModel model, ZoneId zone) {
        Label when = new Label(null, Icons.of(Feather.CALENDAR));
        when.setId("meetingWhen");
        Button accept = button("Accept", Feather.CHECK, "meetingAccept", () -> model.respond(MeetingResponseViewModel.Response.ACCEPT));
        accept.getStyleClass().add("success");
        Button tentative = button("Tentative", Feather.HELP_CIRCLE, "meetingTentative",
                () -> model.respond(MeetingResponseViewModel.Response.TENTATIVE));
        Button decline = button("Decline", Feather.X, "meetingDecline", () -> model.respond(MeetingResponseViewModel.Response.DECLINE));
        decline.getStyleClass().add("danger");
        Label message = new Label();
        message.setId("meetingMessage");
        message.textProperty().bind(model.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar = new HBox(8, when, gap, message, accept, tentative, decline);
        bar.setId("meetingBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.setStyle("-fx-background-color: -color-accent-subtle; -fx-border-color: -color-accent-muted;"
                + " -fx-border-width: 0 0 1 0;");
        bar.visibleProperty().bind(model.requestProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        model.requestProperty().addListener((o, a, request) -> when.setText(describe(request, zone)));
    }

    public Node node() {
        return bar;
    }

    private static Button button(String text, Feather icon, String id, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static String describe(ItemDetail request, ZoneId zone) {
        if (request == null) {
            return "";
        }
        String start = request.field(PimFields.MEETING_START);
        try {
            return start == null ? "Meeting request"
                    : "Meeting request: " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .format(Instant.parse(start).atZone(zone));
        } catch (java.time.format.DateTimeParseException bad) {
            return "Meeting request";
        }
    }
}
