package org.interchange.ui.items;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.categories.CategoryChips;
import org.interchange.ui.categories.CategoryList;
import org.interchange.ui.internal.Formats;
import org.interchange.ui.internal.Icons;
import org.interchange.ui.internal.ItemText;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The columns of each kind of item list; a column's user data is the {@link ItemSort} it sorts by, if any. A mail
 * subject carries the message's categories as coloured chips after it.
 */
final class ItemColumns {
    private final Formats formats;
    private final CategoryList categories;

    ItemColumns(Formats formats, CategoryList categories) {
        this.formats = formats;
        this.categories = categories;
    }

    List<TableColumn<ItemRow, RowData>> forKind(ItemKind kind) {
        return switch (kind) {
            case MAIL -> List.of(
                    statusColumn(),
                    min(withTooltip(text("From", 160, d -> ItemText.displayName(d.summary().sender()), ItemSort.SENDER),
                            d -> d.summary().sender()), 90),
                    min(subjectWithCategories(), 140),
                    min(text("Date", 110, d -> formats.listDate(d.summary().date()), ItemSort.DATE_DESC), 100),
                    min(right(text("Size", 70, d -> formats.size(d.summary().size()), ItemSort.SIZE_DESC)), 64));
            case APPOINTMENT -> List.of(
                    text("Subject", 260, d -> subject(d.summary()), ItemSort.SUBJECT),
                    min(text("Start", 140, d -> formats.shortDateTime(d.summary().date()), ItemSort.DATE_DESC), 120),
                    min(text("End", 90, d -> formats.end(d.summary().date(), d.summary().endDate()), null), 70),
                    text("Location", 150, d -> d.field(ItemFields.LOCATION), null),
                    text("Recurrence", 120, d -> ItemText.recurrence(d.field(ItemFields.RECURRENCE)), null));
            case CONTACT -> List.of(
                    text("Name", 200, d -> subject(d.summary()), ItemSort.SUBJECT),
                    text("E-mail", 200, d -> d.field(ItemFields.EMAIL), null),
                    text("Company", 160, d -> d.field(ItemFields.COMPANY), null),
                    text("Phone", 130, ItemColumns::phone, null));
            case TASK -> List.of(
                    text("Subject", 280, d -> subject(d.summary()), ItemSort.SUBJECT),
                    text("Due", 130, d -> formats.listDate(d.summary().date()), ItemSort.DATE_DESC),
                    text("Status", 120, d -> ItemText.taskStatus(d.field(ItemFields.TASK_STATUS)), null),
                    right(text("% Complete", 90, d -> ItemText.percent(d.field(ItemFields.PERCENT_COMPLETE)), null)));
            case NOTE -> List.of(
                    swatchColumn(),
                    text("Subject", 320, ItemColumns::noteTitle, ItemSort.SUBJECT),
                    text("Modified", 140, d -> formats.listDate(d.summary().date()), ItemSort.DATE_DESC));
        };
    }

    private static TableColumn<ItemRow, RowData> text(String title, double width, Function<RowData, String> format,
                                                      ItemSort sort) {
        TableColumn<ItemRow, RowData> column = column(title, width, sort);
        column.setCellFactory(c -> new TextCell(format));
        return column;
    }

    private TableColumn<ItemRow, RowData> subjectWithCategories() {
        TableColumn<ItemRow, RowData> column = column("Subject", 280, ItemSort.SUBJECT);
        column.setCellFactory(c -> new SubjectCell(categories));
        return column;
    }

    private static TableColumn<ItemRow, RowData> column(String title, double width, ItemSort sort) {
        TableColumn<ItemRow, RowData> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cd -> cd.getValue().dataProperty());
        column.setUserData(sort);
        column.setSortable(sort != null);
        column.setReorderable(false);
        return column;
    }

    /** Shows the full value (e.g. the sender's address) when the pointer rests on a cell. */
    private static TableColumn<ItemRow, RowData> withTooltip(TableColumn<ItemRow, RowData> column,
                                                             Function<RowData, String> full) {
        var cells = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<ItemRow, RowData> cell = cells.call(c);
            Tooltip tip = new Tooltip();
            cell.itemProperty().addListener((obs, old, data) -> {
                String text = data == null ? null : full.apply(data);
                cell.setTooltip(text == null || text.isBlank() ? null : tip);
                tip.setText(text);
            });
            return cell;
        });
        return column;
    }

    private static TableColumn<ItemRow, RowData> min(TableColumn<ItemRow, RowData> column, double width) {
        column.setMinWidth(width);
        return column;
    }

    private static TableColumn<ItemRow, RowData> right(TableColumn<ItemRow, RowData> column) {
        column.getStyleClass().add("align-right");
        return column;
    }

    private static TableColumn<ItemRow, RowData> statusColumn() {
        TableColumn<ItemRow, RowData> column = column("", 56, null);
        column.setId("statusColumn");
        column.setMinWidth(56);
        column.setMaxWidth(56);
        column.setGraphic(Icons.of(Feather.MAIL));
        column.setResizable(false);
        column.setCellFactory(c -> new StatusCell());
        return column;
    }

    private static TableColumn<ItemRow, RowData> swatchColumn() {
        TableColumn<ItemRow, RowData> column = column("", 36, null);
        column.setMinWidth(36);
        column.setMaxWidth(36);
        column.setCellFactory(c -> new SwatchCell());
        return column;
    }

    private static String subject(ItemSummary summary) {
        String subject = summary.subject();
        return subject == null || subject.isBlank() ? "(no subject)" : subject;
    }

    /** The subject; in a threaded list with a disclosure mark and the count on heads, indented under them. */
    private static String mailSubject(RowData data) {
        String subject = subject(data.summary());
        ThreadMark thread = data.thread();
        if (thread == null) {
            return subject;
        }
        if (!thread.head()) {
            return "      " + subject;
        }
        if (!thread.expandable()) {
            return "   " + subject;
        }
        String counts = thread.unreadCount() > 0 ? " (" + thread.itemCount() + ", " + thread.unreadCount() + " unread)"
                : " (" + thread.itemCount() + ")";
        return (thread.expanded() ? "\u25be " : "\u25b8 ") + subject + counts;
    }

    private static String noteTitle(RowData data) {
        String subject = data.summary().subject();
        if (subject != null && !subject.isBlank()) {
            return subject;
        }
        return data.firstLine().isEmpty() ? ItemText.firstLine(data.summary().preview()) : data.firstLine();
    }

    private static String phone(RowData data) {
        String business = data.field(ItemFields.BUSINESS_PHONE);
        return business.isEmpty() ? data.field(ItemFields.MOBILE_PHONE) : business;
    }

    /** Text of the row's data, empty while the row's page is being read. */
    private static final class TextCell extends TableCell<ItemRow, RowData> {
        private final Function<RowData, String> format;

        TextCell(Function<RowData, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(RowData data, boolean empty) {
            super.updateItem(data, empty);
            setText(empty || data == null ? null : format.apply(data));
        }
    }

    /**
     * A mail subject, then the message's categories as chips. The chips take at most {@link #CHIPS_SHARE} of the
     * cell and shrink (their names cut short) before the subject gives way.
     */
    private static final class SubjectCell extends TableCell<ItemRow, RowData> {
        private static final double CHIPS_SHARE = 0.45;
        private final CategoryList categories;
        private final HBox chips = new HBox() {
            @Override
            protected double computePrefWidth(double height) {
                return Math.min(super.computePrefWidth(height), Math.max(24, SubjectCell.this.getWidth() * CHIPS_SHARE));
            }
        };

        SubjectCell(CategoryList categories) {
            this.categories = categories;
            chips.getStyleClass().add("category-chips");
            chips.setAlignment(Pos.CENTER_LEFT);
            chips.setMinWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            setGraphicTextGap(6);
            widthProperty().addListener((obs, old, width) -> chips.requestLayout());
        }

        @Override
        protected void updateItem(RowData data, boolean empty) {
            super.updateItem(data, empty);
            setText(empty || data == null ? null : mailSubject(data));
            List<String> names = empty || data == null ? List.of() : data.categories();
            if (names.isEmpty()) {
                setGraphic(null);
            } else {
                CategoryChips.fill(chips, names, categories);
                chips.getChildren().forEach(chip -> ((Region) chip).setMinWidth(14));
                setGraphic(chips);
            }
        }
    }

    /** Unread dot, attachment clip and flag, each only when it applies. */
    private static final class StatusCell extends TableCell<ItemRow, RowData> {
        private final Region unread = new Region();
        private final FontIcon attachment = Icons.of(Feather.PAPERCLIP);
        private final FontIcon flag = Icons.of(Feather.FLAG);
        private final HBox box = new HBox(unread, attachment, flag);

        StatusCell() {
            unread.getStyleClass().add("unread-dot");
            attachment.getStyleClass().add("attachment-icon");
            flag.getStyleClass().add("flag-icon");
            box.getStyleClass().add("status-icons");
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(RowData data, boolean empty) {
            super.updateItem(data, empty);
            setText(null);
            if (empty || data == null) {
                setGraphic(null);
                return;
            }
            ItemSummary s = data.summary();
            unread.setOpacity(s.read() ? 0 : 1);
            attachment.setOpacity(s.hasAttachments() ? 1 : 0);
            flag.setOpacity(s.flagged() ? 1 : 0);
            setGraphic(box);
        }
    }

    /** A note's colour as a small square. */
    private static final class SwatchCell extends TableCell<ItemRow, RowData> {
        private final Region swatch = new Region();

        SwatchCell() {
            swatch.getStyleClass().add("note-swatch");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(RowData data, boolean empty) {
            super.updateItem(data, empty);
            setText(null);
            if (empty || data == null) {
                setGraphic(null);
                return;
            }
            swatch.setStyle("-fx-background-color: " + ItemText.noteSwatch(data.field(ItemFields.NOTE_COLOR)) + ";");
            setGraphic(swatch);
        }
    }
}
