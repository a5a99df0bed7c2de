package org.interchange.ui.folders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.RefreshGate;

/**
 * The accounts and folder tree with unread counts. Reads the cache in the background and reloads
 * itself when the cache reports changed folders or items; the selected folder is kept current, and
 * until a folder has been selected the first account's first folder (its Inbox) is, e.g. when the
 * first sync of an empty cache brings the folders in.
 */
public final class FolderTreeViewModel {
    private final Cache cache;
    private final TaskExecutor executor;
    private final RefreshGate gate = new RefreshGate(this::load);
    private final ReadOnlyObjectWrapper<List<FolderNode>> roots = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<CachedFolder> selectedFolder = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private boolean everSelected;
    private final CacheListener listener = new CacheListener() {
        @Override
        public void foldersChanged(String accountId) {
            executor.runOnUiThread(FolderTreeViewModel.this::refresh);
        }

        @Override
        public void itemsChanged(long folderId) {
            executor.runOnUiThread(FolderTreeViewModel.this::refresh);
        }
    };

    public FolderTreeViewModel(Cache cache, TaskExecutor executor) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.executor = Objects.requireNonNull(executor, "executor");
        selectedFolder.addListener((obs, old, folder) -> everSelected |= folder != null);
        cache.addListener(listener);
    }

    /** One node per account, in the cache's account order, folders below in Outlook order. */
    public ReadOnlyObjectProperty<List<FolderNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    /** The folder whose items are listed; the view sets it, refreshes replace it with its newer row. */
    public ObjectProperty<CachedFolder> selectedFolderProperty() {
        return selectedFolder;
    }

    /** Why the last load failed, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reloads accounts and folders (coalesced with a load already running). */
    public void refresh() {
        gate.request();
    }

    public void dispose() {
        cache.removeListener(listener);
    }

    private void load(Runnable done) {
        executor.submit(this::readTree, tree -> {
            roots.set(tree);
            error.set(null);
            CachedFolder selected = selectedFolder.get();
            if (selected != null) {
                selectedFolder.set(find(tree, selected.id()).orElse(null));
            } else if (!everSelected) {
                selectedFolder.set(firstFolder(tree));
            }
            done.run();
        }, failure -> {
            error.set("Could not read the folder list: " + failure.getMessage());
            done.run();
        });
    }

    private List<FolderNode> readTree() {
        List<FolderNode> tree = new ArrayList<>();
        for (AccountInfo account : cache.accounts()) {
            tree.add(FolderTreeBuilder.build(account, cache.folders(account.id())));
        }
        return List.copyOf(tree);
    }

    /** The first folder of the first account that has one: its Inbox, when it has one. */
    private static CachedFolder firstFolder(List<FolderNode> tree) {
        return tree.stream().flatMap(account -> account.children().stream())
                .map(FolderNode::folder).findFirst().orElse(null);
    }

    /** The folder with this cache id anywhere in the tree. */
    public static Optional<CachedFolder> find(List<FolderNode> nodes, long folderId) {
        for (FolderNode node : nodes) {
            if (node.folder() != null && node.folder().id() == folderId) {
                return Optional.of(node.folder());
            }
            Optional<CachedFolder> below = find(node.children(), folderId);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }
}
