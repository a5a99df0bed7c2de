package org.interchange.ui.calendar;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks whether an edit of a recurring appointment applies to "this occurrence" or "the whole series"
 * ([MS-OXOCAL] 2.2.1.44.2 exceptions). Does not block; the answer arrives through a callback.
 */
@FunctionalInterface
public interface ScopeChooser {

    /**
     * @param action    what is about to happen, e.g. "Delete"
     * @param chosen    gets the answer
     * @param cancelled runs when the user cancels
     */
    void choose(String action, CalendarEntry entry, Consumer<CalendarViewModel.Scope> chosen, Runnable cancelled);

    /** Outlook's question in an alert window over {@code owner}. */
    static ScopeChooser alert(java.util.function.Supplier<Window> owner) {
        return (action, entry, chosen, cancelled) -> {
            ButtonType one = new ButtonType("This occurrence", ButtonBar.ButtonData.YES);
            ButtonType all = new ButtonType("The whole series", ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                    "\"" + entry.title() + "\" is one of a series. " + action + " only this occurrence, or the whole series?",
                    one, all, ButtonType.CANCEL);
            alert.setTitle(action + " a recurring appointment");
            alert.setHeaderText(null);
            alert.getDialogPane().setId("scopeChooser");
            Window window = owner.get();
            if (window != null) {
                alert.initOwner(window);
            }
            alert.setOnHidden(e -> {
                ButtonType answer = alert.getResult();
                if (answer == one) {
                    chosen.accept(CalendarViewModel.Scope.OCCURRENCE);
                } else if (answer == all) {
                    chosen.accept(CalendarViewModel.Scope.SERIES);
                } else {
                    cancelled.run();
                }
            });
            alert.show();
        };
    }
}
