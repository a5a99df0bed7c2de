package org.interchange.ui.folders;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.interchange.cache.api.CachedFolder;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The folder pane: accounts and their folders, unread folders in bold with a count badge. */
public final class FolderTreeView {
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    private static final PseudoClass ACCOUNT = PseudoClass.getPseudoClass("account");

    private final FolderTreeViewModel viewModel;
    private final TreeView<FolderNode> tree = new TreeView<>(new TreeItem<>());
    private boolean rebuilding;
    private java.util.function.BiConsumer<org.interchange.ui.internal.ItemDrag.Dragged, CachedFolder> onItemDropped =
            (item, folder) -> { };
    private boolean built;

    public FolderTreeView(FolderTreeViewModel viewModel) {
        this.viewModel = viewModel;
        tree.setId("folderTree");
        tree.getStyleClass().add("folder-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new FolderCell(this));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding) {
                viewModel.selectedFolderProperty().set(item == null || item.getValue() == null
                        ? null : item.getValue().folder());
            }
        });
        viewModel.rootsProperty().addListener((obs, old, roots) -> rebuild(roots));
        viewModel.selectedFolderProperty().addListener((obs, old, folder) -> selectInTree(folder));
        rebuild(viewModel.rootsProperty().get());
    }

    /** Told when an item dragged from a list is dropped on a folder. */
    public void setOnItemDropped(java.util.function.BiConsumer<org.interchange.ui.internal.ItemDrag.Dragged, CachedFolder> handler) {
        onItemDropped = handler == null ? (item, folder) -> { } : handler;
    }

    public TreeView<FolderNode> node() {
        return tree;
    }

    private void rebuild(List<FolderNode> roots) {
        Set<String> expanded = new HashSet<>();
        collectExpanded(tree.getRoot(), expanded);
        rebuilding = true;
        try {
            update(tree.getRoot(), roots, expanded);
            built = built || !roots.isEmpty();
            selectInTree(viewModel.selectedFolderProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    /**
     * Makes {@code parent}'s children show {@code nodes}. Where the folders are the same as before
     * (only counts or names changed) the rows are updated in place, so scrolling, focus and
     * selection stay where they were; otherwise that level is built again.
     */
    private void update(TreeItem<FolderNode> parent, List<FolderNode> nodes, Set<String> expanded) {
        javafx.collections.ObservableList<TreeItem<FolderNode>> children = parent.getChildren();
        boolean sameKeys = children.size() == nodes.size();
        for (int i = 0; sameKeys && i < nodes.size(); i++) {
            sameKeys = children.get(i).getValue().key().equals(nodes.get(i).key());
        }
        if (!sameKeys) {
            children.setAll(nodes.stream().map(n -> item(n, expanded)).toList());
            return;
        }
        for (int i = 0; i < nodes.size(); i++) {
            TreeItem<FolderNode> child = children.get(i);
            if (!child.getValue().equals(nodes.get(i))) {
                child.setValue(nodes.get(i));
            }
            update(child, nodes.get(i).children(), expanded);
        }
    }

    private TreeItem<FolderNode> item(FolderNode node, Set<String> expanded) {
        TreeItem<FolderNode> item = new TreeItem<>(node);
        item.getChildren().setAll(node.children().stream().map(n -> item(n, expanded)).toList());
        item.setExpanded(node.isAccount() && !built || expanded.contains(node.key()));
        return item;
    }

    private static void collectExpanded(TreeItem<FolderNode> item, Set<String> keys) {
        if (item.getValue() != null && item.isExpanded()) {
            keys.add(item.getValue().key());
        }
        for (TreeItem<FolderNode> child : item.getChildren()) {
            collectExpanded(child, keys);
        }
    }

    private void selectInTree(CachedFolder folder) {
        TreeItem<FolderNode> selected = tree.getSelectionModel().getSelectedItem();
        if (folder == null) {
            return;
        }
        if (selected != null && selected.getValue() != null && selected.getValue().folder() != null
                && selected.getValue().folder().id() == folder.id()) {
            return;
        }
        TreeItem<FolderNode> found = find(tree.getRoot(), folder.id());
        if (found != null) {
            boolean wasRebuilding = rebuilding;
            rebuilding = true;
            try {
                for (TreeItem<FolderNode> p = found.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                tree.getSelectionModel().select(found);
            } finally {
                rebuilding = wasRebuilding;
            }
        }
    }

    private static TreeItem<FolderNode> find(TreeItem<FolderNode> item, long folderId) {
        FolderNode node = item.getValue();
        if (node != null && node.folder() != null && node.folder().id() == folderId) {
            return item;
        }
        for (TreeItem<FolderNode> child : item.getChildren()) {
            TreeItem<FolderNode> found = find(child, folderId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Icon, name and (when there are unread items) a count badge. */
    private static final class FolderCell extends TreeCell<FolderNode> {
        private final FontIcon icon = Icons.of(Feather.FOLDER);
        private final Label name = new Label();
        private final Label badge = new Label();
        private final Region spacer = new Region();
        private final HBox box = new HBox(icon, name, spacer, badge);

        FolderCell(FolderTreeView owner) {
            setOnDragOver(e -> {
                if (getItem() != null && getItem().folder() != null
                        && org.interchange.ui.internal.ItemDrag.of(e.getDragboard()).isPresent()) {
                    e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                var dragged = org.interchange.ui.internal.ItemDrag.of(e.getDragboard());
                boolean done = dragged.isPresent() && getItem() != null && getItem().folder() != null;
                if (done) {
                    owner.onItemDropped.accept(dragged.get(), getItem().folder());
                }
                e.setDropCompleted(done);
                e.consume();
            });
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("folder-cell-box");
            name.getStyleClass().add("folder-name");
            badge.getStyleClass().add("unread-badge");
            HBox.setHgrow(spacer, Priority.ALWAYS);
            name.setMinWidth(0);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            // no wider than the tree: long names are cut with an ellipsis and the badges stay in view
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FolderNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            if (empty || node == null) {
                setGraphic(null);
                pseudoClassStateChanged(UNREAD, false);
                pseudoClassStateChanged(ACCOUNT, false);
                return;
            }
            icon.setIconCode(node.isAccount() ? Feather.AT_SIGN : Icons.folder(node.folder()));
            name.setText(node.label());
            int unread = node.unreadCount();
            badge.setText(Integer.toString(unread));
            badge.setVisible(unread > 0);
            badge.setManaged(unread > 0);
            pseudoClassStateChanged(UNREAD, unread > 0);
            pseudoClassStateChanged(ACCOUNT, node.isAccount());
            setGraphic(box);
        }
    }
}
