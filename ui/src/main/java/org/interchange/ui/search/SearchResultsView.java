package org.interchange.ui.search;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.internal.Formats;
import org.interchange.ui.internal.Icons;
import org.interchange.ui.internal.ItemText;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search results: one row per item with its kind's icon, subject, people and date; selecting one reads it. */
public final class SearchResultsView {
    private final BorderPane root = new BorderPane();

    public SearchResultsView(SearchViewModel viewModel, Formats formats) {
        ListView<ItemSummary> list = new ListView<>(viewModel.results());
        list.setId("searchResults");
        list.getStyleClass().add("search-results");
        list.setCellFactory(v -> new ResultCell(formats));
        list.setPlaceholder(new Label("Type to search mail, calendars, contacts, tasks and notes"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> viewModel.selectedProperty()
                .set(item));
        Label summary = new Label();
        summary.setId("searchSummary");
        summary.getStyleClass().add("search-summary");
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.errorProperty().get() != null ? viewModel.errorProperty().get()
                        : viewModel.searchingProperty().get() ? "Searching\u2026" : viewModel.summaryProperty().get(),
                viewModel.errorProperty(), viewModel.searchingProperty(), viewModel.summaryProperty()));
        root.setTop(summary);
        root.setCenter(list);
        root.getStyleClass().add("search-pane");
    }

    public BorderPane node() {
        return root;
    }

    private static final class ResultCell extends ListCell<ItemSummary> {
        private final Formats formats;
        private final FontIcon icon = Icons.of(Feather.MAIL);
        private final Label subject = new Label();
        private final Label people = new Label();
        private final Label date = new Label();
        private final HBox box;

        ResultCell(Formats formats) {
            this.formats = formats;
            subject.getStyleClass().add("result-subject");
            people.getStyleClass().add("result-people");
            date.getStyleClass().add("result-date");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox text = new VBox(subject, people);
            text.setMinWidth(0);
            box = new HBox(icon, text, spacer, date);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("result-row");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ItemSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(icon(item.kind()));
            subject.setText(item.subject() == null || item.subject().isBlank() ? "(no subject)" : item.subject());
            people.setText(ItemText.displayName(item.sender()));
            date.setText(formats.listDate(item.date()));
            setGraphic(box);
        }

        private static Feather icon(ItemKind kind) {
            return switch (kind) {
                case MAIL -> Feather.MAIL;
                case APPOINTMENT -> Feather.CALENDAR;
                case CONTACT -> Feather.USER;
                case TASK -> Feather.CHECK_SQUARE;
                case NOTE -> Feather.FILE_TEXT;
            };
        }
    }
}
