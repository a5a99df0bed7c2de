package org.interchange.ui.items;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.Conversations;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.internal.ItemText;
import org.interchange.ui.internal.RefreshGate;

/**
 * The item list of the selected folder: a {@link PagedItemList} over {@link Cache#items} in the
 * chosen {@link ItemSort}, the selected item, and the read-state actions (an unread mail item
 * selected for {@link #MARK_READ_DELAY} is marked read, as Thunderbird does). With {@link #threadedProperty()}
 * a mail folder lists its conversations ({@link Conversations}) instead, page by page as well; a
 * conversation's head row expands to its messages.
 */
public final class ItemListViewModel {
    public static final Duration MARK_READ_DELAY = Duration.ofMillis(1200);

    private final Cache cache;
    private final Conversations conversations;
    private final TaskExecutor executor;
    private final BooleanProperty threaded = new SimpleBooleanProperty(false);
    private ThreadedPageSource threadedSource;
    private final RefreshGate gate = new RefreshGate(this::reload);
    private final ObjectProperty<CachedFolder> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemSort> sort = new SimpleObjectProperty<>(ItemSort.DATE_DESC);
    private final ReadOnlyObjectWrapper<PagedItemList> items;
    private final ReadOnlyObjectWrapper<ItemKind> kind = new ReadOnlyObjectWrapper<>(ItemKind.MAIL);
    private final ObjectProperty<ItemRow> selectedRow = new SimpleObjectProperty<>();
    private List<ItemRow> selectedRows = List.of();
    private final ReadOnlyObjectWrapper<ItemSummary> selectedItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ChangeListener<RowData> selectedDataListener = (obs, old, data) -> selectedDataChanged(data);
    private final CacheListener listener = new CacheListener() {
        @Override
        public void itemsChanged(long folderId) {
            executor.runOnUiThread(() -> {
                CachedFolder current = folder.get();
                if (current != null && current.id() == folderId) {
                    gate.request();
                }
            });
        }
    };
    private long openToken;
    private boolean refreshing;
    private TaskExecutor.Scheduled pendingMarkRead;

    public ItemListViewModel(Cache cache, Conversations conversations, TaskExecutor executor) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.items = new ReadOnlyObjectWrapper<>(PagedItemList.empty(executor));
        folder.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                open();
            }
        });
        sort.addListener((obs, old, now) -> open());
        threaded.addListener((obs, old, now) -> open());
        selectedRow.addListener((obs, old, now) -> {
            if (old != null) {
                old.dataProperty().removeListener(selectedDataListener);
            }
            if (now != null) {
                now.dataProperty().addListener(selectedDataListener);
            }
            selectedDataChanged(now == null ? null : now.data());
        });
        cache.addListener(listener);
    }

    /** The folder to list; a new row of the same folder (new counts) does not reload the list. */
    public ObjectProperty<CachedFolder> folderProperty() {
        return folder;
    }

    public ObjectProperty<ItemSort> sortProperty() {
        return sort;
    }

    /** Mail listed by conversation (true) or message by message; other folders ignore it. */
    public BooleanProperty threadedProperty() {
        return threaded;
    }

    /**
     * Expands the conversation of a head row to its messages (read in the background), or collapses it;
     * rows that are not expandable heads are left alone.
     */
    public void toggleExpanded(ItemRow row) {
        ThreadedPageSource source = threadedSource;
        RowData data = row == null ? null : row.data();
        if (source == null || data == null || data.thread() == null || !data.thread().expandable()) {
            return;
        }
        String key = data.thread().key();
        long token = openToken;
        Expansions current = source.expansions();
        if (current.find(key).isPresent()) {
            applyExpansions(source, current.without(key), token);
            return;
        }
        int conversationIndex = current.at(row.index()).conversationIndex();
        long folderId = folder.get().id();
        executor.submit(() -> conversations.conversationItems(folderId, key), members -> {
            if (token == openToken && source == threadedSource) {
                applyExpansions(source, source.expansions().with(
                        new Expansions.Expanded(conversationIndex, key, members)), token);
            }
        }, this::failed);
    }

    private void applyExpansions(ThreadedPageSource source, Expansions next, long token) {
        source.setExpansions(next);
        CachedFolder current = folder.get();
        executor.submit(() -> conversations.conversationCount(current.id()), count -> {
            if (token == openToken) {
                items.get().refresh(source.expansions().rows(count));
            }
        }, this::failed);
    }

    /** The rows of the folder; replaced by a new list when the folder or the sort changes. */
    public ReadOnlyObjectProperty<PagedItemList> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    /** What the listed folder holds, which decides the columns. */
    public ReadOnlyObjectProperty<ItemKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** The row the view has selected, or null. */
    public ObjectProperty<ItemRow> selectedRowProperty() {
        return selectedRow;
    }

    /**
     * Every selected row, for actions on several items (categorize); the selected row alone when the view set none.
     */
    public List<ItemRow> selectedRows() {
        ItemRow row = selectedRow.get();
        if (selectedRows.isEmpty() || (row != null && !selectedRows.contains(row))) {
            return row == null ? List.of() : List.of(row);
        }
        return selectedRows;
    }

    /** What the view has selected, the selected row among them. */
    public void setSelectedRows(List<ItemRow> rows) {
        selectedRows = rows.stream().filter(Objects::nonNull).toList();
    }

    /** The summary of the selected row once it has been read, kept current as the row is re-read. */
    public ReadOnlyObjectProperty<ItemSummary> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Re-reads the count and the visible pages (coalesced). */
    public void refresh() {
        gate.request();
    }

    /** Marks the selected item read if it is unread, unread if it is read. */
    public void toggleRead() {
        ItemRow row = selectedRow.get();
        if (row == null || row.data() == null) {
            return;
        }
        cancelMarkRead();
        setRead(row, !row.data().summary().read());
    }

    public void dispose() {
        cancelMarkRead();
        cache.removeListener(listener);
        items.get().dispose();
    }

    private void open() {
        long token = ++openToken;
        refreshing = false;
        items.get().dispose();
        selectedRow.set(null);
        selectedRows = List.of();
        items.set(PagedItemList.empty(executor));
        error.set(null);
        CachedFolder current = folder.get();
        if (current == null) {
            return;
        }
        kind.set(current.kind().itemKind());
        ItemSort order = sort.get();
        boolean byConversation = threaded.get() && current.kind().itemKind() == ItemKind.MAIL;
        threadedSource = byConversation ? new ThreadedPageSource(conversations, cache, current.id(), order) : null;
        PageSource source = byConversation ? threadedSource : pageSource(current, order);
        ThreadedPageSource opened = threadedSource;
        executor.submit(() -> rowCount(current, opened), count -> {
            if (token == openToken) {
                items.set(new PagedItemList(count, source, executor, this::failed));
            }
        }, this::failed);
    }

    private void reload(Runnable done) {
        CachedFolder current = folder.get();
        if (current == null) {
            done.run();
            return;
        }
        long token = openToken;
        ThreadedPageSource source = threadedSource;
        if (source != null && !source.expansions().isEmpty()) {
            // conversations may have moved: collapse what no longer sits where it was expanded
            Expansions before = source.expansions();
            ItemSort order = sort.get();
            executor.submit(() -> stillInPlace(current.id(), order, before), kept -> {
                if (token == openToken && source.expansions() == before) {
                    source.setExpansions(kept);
                }
                reloadCount(current, source, token, done);
            }, failure -> {
                failed(failure);
                done.run();
            });
            return;
        }
        reloadCount(current, source, token, done);
    }

    /** The expansions whose conversation is still at the index it was expanded at, with their messages re-read. */
    private Expansions stillInPlace(long folderId, ItemSort order, Expansions before) {
        Expansions kept = Expansions.NONE;
        for (Expansions.Expanded e : before.all()) {
            var at = conversations.conversations(folderId, order, e.conversationIndex(), 1);
            if (!at.isEmpty() && at.getFirst().key().equals(e.key())) {
                kept = kept.with(new Expansions.Expanded(e.conversationIndex(), e.key(),
                        conversations.conversationItems(folderId, e.key())));
            }
        }
        return kept;
    }

    /** Runs in the background: the number of rows, counting expanded conversations' messages. */
    private int rowCount(CachedFolder listed, ThreadedPageSource source) {
        return source == null ? cache.itemCount(listed.id())
                : source.expansions().rows(conversations.conversationCount(listed.id()));
    }

    private void reloadCount(CachedFolder current, ThreadedPageSource source, long token, Runnable done) {
        executor.submit(() -> rowCount(current, source), count -> {
            if (token != openToken) {
                done.run();
                return;
            }
            error.set(null);
            ItemSummary selected = selectedItem.get();
            ItemRow selectedBefore = selectedRow.get();
            refreshing = true;
            items.get().refresh(count, () -> {
                if (token == openToken) {
                    refreshing = false;
                    keepSelection(selectedBefore, selected);
                }
                done.run();
            });
        }, failure -> {
            failed(failure);
            done.run();
        });
    }

    private PageSource pageSource(CachedFolder listed, ItemSort order) {
        long folderId = listed.id();
        if (listed.kind().itemKind() == ItemKind.MAIL) {
            return (offset, limit) -> MailRows.withCategories(cache, cache.items(folderId, order, offset, limit).stream()
                    .map(RowData::new)
                    .toList());
        }
        // Calendar, contact, task and note lists show fields beyond the query columns.
        return (offset, limit) -> {
            List<RowData> rows = new ArrayList<>();
            for (ItemSummary summary : cache.items(folderId, order, offset, limit)) {
                Optional<ItemDetail> detail = cache.item(summary.id());
                rows.add(new RowData(summary, detail.map(ItemDetail::fields).orElse(Map.of()),
                        detail.map(d -> ItemText.firstLine(d.bodyText())).orElse("")));
            }
            return rows;
        };
    }

    /** After a refresh the selected item may sit at another row (new mail above it): select it there. */
    private void keepSelection(ItemRow selectedBefore, ItemSummary selected) {
        if (selected == null || selectedRow.get() != selectedBefore) {
            // nothing was selected, or the user chose another row meanwhile: show what is selected now
            selectedDataChanged(selectedRow.get() == null ? null : selectedRow.get().data());
            return;
        }
        OptionalInt index = items.get().indexOfItem(selected.id());
        if (index.isEmpty()) {
            selectedRow.set(null);
            return;
        }
        ItemRow row = items.get().get(index.getAsInt());
        if (row == selectedRow.get()) {
            selectedDataChanged(row.data());
        } else {
            selectedRow.set(row);
        }
    }

    private void selectedDataChanged(RowData data) {
        if (refreshing) {
            return; // rows are being re-read; keepSelection decides when they are
        }
        ItemSummary previous = selectedItem.get();
        ItemSummary now = data == null ? null : data.summary();
        selectedItem.set(now);
        boolean otherItem = now == null || previous == null || previous.id() != now.id();
        if (otherItem) {
            cancelMarkRead();
            if (now != null && now.kind() == ItemKind.MAIL && !now.read()) {
                ItemRow row = selectedRow.get();
                pendingMarkRead = executor.schedule(MARK_READ_DELAY, () -> {
                    pendingMarkRead = null;
                    if (selectedRow.get() == row && row.data() != null && !row.data().summary().read()) {
                        setRead(row, true);
                    }
                });
            }
        }
    }

    private void setRead(ItemRow row, boolean read) {
        RowData before = row.data();
        long itemId = before.summary().id();
        row.setData(before.withRead(read));
        executor.submit(() -> {
            cache.setRead(itemId, read);
            return null;
        }, ignored -> { }, failure -> {
            if (row.data() != null && row.data().summary().id() == itemId) {
                row.setData(row.data().withRead(!read));
            }
            failed(failure);
        });
    }

    private void cancelMarkRead() {
        if (pendingMarkRead != null) {
            pendingMarkRead.cancel();
            pendingMarkRead = null;
        }
    }

    private void failed(Exception failure) {
        error.set("The cache failed: " + failure.getMessage());
    }
}
