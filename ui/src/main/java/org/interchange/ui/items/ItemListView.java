package org.interchange.ui.items;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.text.Font;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.ui.internal.Formats;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The item list: a virtualized table over the view-model's paged rows. Columns follow the folder's
 * kind; clicking a sortable header re-reads the folder in that {@link ItemSort}; M toggles read. In a
 * threaded list, Right/Left or a double click expands and collapses a conversation. Several rows can be selected;
 * 1 to 9 toggle the first nine categories on them and 0 removes their categories ({@link CategorizeActions}).
 */
public final class ItemListView {
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");

    private final ItemListViewModel viewModel;
    private final ItemColumns columns;
    private final TableView<ItemRow> table = new TableView<>();
    private boolean applyingSort;

    public ItemListView(ItemListViewModel viewModel, ItemActionsViewModel actions, CategorizeMenu categorize,
                        Formats formats) {
        this.viewModel = viewModel;
        this.columns = new ItemColumns(formats, categorize.list());
        table.setId("itemList");
        table.getStyleClass().add("item-list");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(Math.round(Font.getDefault().getSize() * 2.3));
        table.setPlaceholder(new Label("No items"));
        table.setRowFactory(t -> {
            ItemTableRow row = new ItemTableRow();
            row.setOnMouseClicked(e -> toggleOnDoubleClick(e, row.getItem()));
            return row;
        });
        table.setItems(viewModel.itemsProperty().get());
        // An invalidation listener: a change listener skips lists that are equal (two empty lists are),
        // which would leave the table on a discarded list when a folder is opened empty and fills later.
        viewModel.itemsProperty().addListener(obs -> table.setItems(viewModel.itemsProperty().get()));
        viewModel.kindProperty().addListener((obs, old, kind) -> showColumns(kind));
        showColumns(viewModel.kindProperty().get());
        table.setSortPolicy(t -> {
            applySort();
            return true;
        });
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, row) -> viewModel.selectedRowProperty().set(row));
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<ItemRow>) c ->
                viewModel.setSelectedRows(table.getSelectionModel().getSelectedItems()));
        // a category recoloured or renamed shows on the rows at once
        categorize.list().categories().addListener((javafx.collections.ListChangeListener<Object>) c -> table.refresh());
        viewModel.selectedRowProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().clearAndSelect(row.index());
            }
        });
        MenuItem toggleRead = new MenuItem("Mark read / unread", Icons.of(Feather.MAIL));
        toggleRead.setAccelerator(new KeyCodeCombination(KeyCode.M));
        toggleRead.setOnAction(e -> viewModel.toggleRead());
        toggleRead.disableProperty().bind(viewModel.selectedItemProperty().isNull());
        MenuItem flag = new MenuItem("Flag / unflag", Icons.of(Feather.FLAG));
        flag.setAccelerator(new KeyCodeCombination(KeyCode.S));
        flag.setOnAction(e -> actions.toggleFlag(viewModel.selectedItemProperty().get()));
        flag.disableProperty().bind(viewModel.selectedItemProperty().isNull());
        MenuItem delete = new MenuItem("Delete", Icons.of(Feather.TRASH_2));
        delete.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        delete.setOnAction(e -> actions.delete(viewModel.selectedItemProperty().get(), false));
        delete.disableProperty().bind(viewModel.selectedItemProperty().isNull());
        table.setContextMenu(new ContextMenu(toggleRead, flag, categorize.menu(), delete));
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case DIGIT0, DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9, NUMPAD0, NUMPAD1,
                     NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5, NUMPAD6, NUMPAD7, NUMPAD8, NUMPAD9 ->
                        categorize.actions().number(categorize.selected(), digit(e.getCode()));
                case M -> viewModel.toggleRead();
                case S -> actions.toggleFlag(viewModel.selectedItemProperty().get());
                case DELETE -> actions.delete(viewModel.selectedItemProperty().get(), e.isShiftDown());
                case RIGHT, LEFT -> {
                    ItemRow row = viewModel.selectedRowProperty().get();
                    RowData data = row == null ? null : row.data();
                    if (data == null || data.thread() == null || !data.thread().expandable()
                            || data.thread().expanded() == (e.getCode() == KeyCode.RIGHT)) {
                        return;
                    }
                    viewModel.toggleExpanded(row);
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private static int digit(KeyCode code) {
        return code.getCode() - (code.isKeypadKey() ? KeyCode.NUMPAD0 : KeyCode.DIGIT0).getCode();
    }

    public TableView<ItemRow> node() {
        return table;
    }

    private void toggleOnDoubleClick(javafx.scene.input.MouseEvent e, ItemRow row) {
        if (e.getClickCount() == 2 && row != null) {
            viewModel.toggleExpanded(row);
        }
    }

    private void showColumns(ItemKind kind) {
        applyingSort = true;
        try {
            table.getSortOrder().clear();
            table.getColumns().setAll(columns.forKind(kind));
            ItemSort sort = viewModel.sortProperty().get();
            for (TableColumn<ItemRow, ?> column : table.getColumns()) {
                if (matches(column, sort)) {
                    column.setSortType(sort == ItemSort.DATE_ASC
                            ? TableColumn.SortType.ASCENDING : sortTypeOf((ItemSort) column.getUserData()));
                    table.getSortOrder().add(column);
                    break;
                }
            }
        } finally {
            applyingSort = false;
        }
    }

    private static boolean matches(TableColumn<ItemRow, ?> column, ItemSort sort) {
        Object own = column.getUserData();
        return own == sort || (own == ItemSort.DATE_DESC && sort == ItemSort.DATE_ASC);
    }

    private static TableColumn.SortType sortTypeOf(ItemSort sort) {
        return sort == ItemSort.DATE_DESC || sort == ItemSort.SIZE_DESC
                ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING;
    }

    /** Maps the first sorted column to an {@link ItemSort}; the rows are re-read, never sorted in memory. */
    private void applySort() {
        if (applyingSort || table.getSortOrder().isEmpty()) {
            return;
        }
        TableColumn<ItemRow, ?> column = table.getSortOrder().getFirst();
        if (!(column.getUserData() instanceof ItemSort own)) {
            return;
        }
        ItemSort sort = own;
        if (own == ItemSort.DATE_DESC && column.getSortType() == TableColumn.SortType.ASCENDING) {
            sort = ItemSort.DATE_ASC;
        } else if (own != ItemSort.DATE_DESC && column.getSortType() != sortTypeOf(own)) {
            // the cache sorts this column one way only; keep the arrow honest
            applyingSort = true;
            try {
                column.setSortType(sortTypeOf(own));
            } finally {
                applyingSort = false;
            }
        }
        viewModel.sortProperty().set(sort);
    }

    /** Bold while the item is unread; follows the row's data as its page arrives or its read state changes. */
    private static final class ItemTableRow extends TableRow<ItemRow> {
        private final ChangeListener<RowData> dataListener = (obs, old, data) -> showState(data);
        private ItemRow observed;

        ItemTableRow() {
            setOnDragDetected(e -> {
                RowData data = getItem() == null ? null : getItem().data();
                if (data != null) {
                    javafx.scene.input.Dragboard board = startDragAndDrop(javafx.scene.input.TransferMode.MOVE);
                    board.setContent(org.interchange.ui.internal.ItemDrag.content(data.summary().id(),
                            data.summary().folderId(), data.summary().subject()));
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (observed != row) {
                if (observed != null) {
                    observed.dataProperty().removeListener(dataListener);
                }
                observed = row;
                if (row != null) {
                    row.dataProperty().addListener(dataListener);
                }
            }
            showState(empty || row == null ? null : row.data());
        }

        private void showState(RowData data) {
            pseudoClassStateChanged(UNREAD, data != null && data.showsUnread());
        }
    }
}
