package org.interchange.ui.items;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.interchange.ui.TaskExecutor;

/**
 * A read-only list of {@code size} rows whose data is read page by page, only for the rows a
 * virtualized view asks for. Pages are read in the background; at most {@link #MAX_PAGES} are kept.
 * Everything but the page reads runs on the UI thread.
 */
public final class PagedItemList extends ObservableListBase<ItemRow> {
    public static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 40;

    private final PageSource source;
    private final TaskExecutor executor;
    private final Consumer<Exception> onFailure;
    private final Map<Integer, Page> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Page> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private int size;
    private int generation;
    private boolean disposed;

    public PagedItemList(int size, PageSource source, TaskExecutor executor, Consumer<Exception> onFailure) {
        if (size < 0) {
            throw new IllegalArgumentException("size < 0: " + size);
        }
        this.size = size;
        this.source = Objects.requireNonNull(source, "source");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    public static PagedItemList empty(TaskExecutor executor) {
        return new PagedItemList(0, (offset, limit) -> List.of(), executor, e -> { });
    }

    @Override
    public int size() {
        return size;
    }

    /** The row at {@code index}; reading its page starts if it has not been read. */
    @Override
    public ItemRow get(int index) {
        Objects.checkIndex(index, size);
        int pageIndex = index / PAGE_SIZE;
        Page page = pages.computeIfAbsent(pageIndex, Page::new);
        ItemRow row = page.row(index % PAGE_SIZE, index);
        if (page.state == PageState.EMPTY && !disposed) {
            read(page);
        }
        return row;
    }

    /** How many pages are held now (for tests and diagnostics). */
    public int pagesHeld() {
        return pages.size();
    }

    /** The position of a read row showing the item with this cache id. */
    public OptionalInt indexOfItem(long itemId) {
        for (Page page : pages.values()) {
            for (ItemRow row : page.rows) {
                if (row != null && row.data() != null && row.data().summary().id() == itemId) {
                    return OptionalInt.of(row.index());
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The folder changed: takes the new size and reads every held page again. Rows keep showing
     * their old data until the new data arrives, so the view does not flicker.
     */
    public void refresh(int newSize) {
        refresh(newSize, () -> { });
    }

    /** As {@link #refresh(int)}, then runs {@code whenRead} once every held page has been read again (or failed). */
    public void refresh(int newSize, Runnable whenRead) {
        generation++;
        resize(newSize);
        List<Page> held = disposed ? List.of() : List.copyOf(pages.values());
        int[] outstanding = {held.size()};
        Runnable oneDone = () -> {
            if (--outstanding[0] == 0) {
                whenRead.run();
            }
        };
        for (Page page : held) {
            page.state = PageState.EMPTY;
            read(page, oneDone);
        }
        if (held.isEmpty()) {
            whenRead.run();
        }
    }

    /** Stops applying page reads; the list stays as it is. */
    public void dispose() {
        disposed = true;
        generation++;
    }

    private void read(Page page) {
        read(page, () -> { });
    }

    private void read(Page page, Runnable done) {
        page.state = PageState.READING;
        int readGeneration = generation;
        int offset = page.index * PAGE_SIZE;
        int limit = Math.min(PAGE_SIZE, size - offset);
        executor.submit(() -> source.read(offset, limit), data -> {
            if (readGeneration == generation && pages.get(page.index) == page) {
                page.fill(data);
            }
            done.run();
        }, failure -> {
            if (readGeneration == generation) {
                page.state = PageState.FAILED;
                onFailure.accept(failure);
            }
            done.run();
        });
    }

    private void resize(int newSize) {
        if (newSize == size) {
            return;
        }
        int oldSize = size;
        beginChange();
        if (newSize > oldSize) {
            size = newSize;
            nextAdd(oldSize, newSize);
        } else {
            List<ItemRow> removed = new RemovedRows(newSize, oldSize);
            size = newSize;
            nextRemove(newSize, removed);
            pages.keySet().removeIf(p -> p * PAGE_SIZE >= newSize);
        }
        endChange();
    }

    private enum PageState { EMPTY, READING, READ, FAILED }

    private static final class Page {
        final int index;
        final ItemRow[] rows = new ItemRow[PAGE_SIZE];
        PageState state = PageState.EMPTY;

        Page(int index) {
            this.index = index;
        }

        ItemRow row(int slot, int listIndex) {
            if (rows[slot] == null) {
                rows[slot] = new ItemRow(listIndex);
            }
            return rows[slot];
        }

        void fill(List<RowData> data) {
            for (int slot = 0; slot < data.size() && slot < PAGE_SIZE; slot++) {
                row(slot, index * PAGE_SIZE + slot).setData(data.get(slot));
            }
            state = PageState.READ;
        }
    }

    /** The rows cut off by a shrink, made only if a listener looks at them. */
    private final class RemovedRows extends AbstractList<ItemRow> {
        private final int from;
        private final int to;
        private final Map<Integer, ItemRow> held = new java.util.HashMap<>();

        RemovedRows(int from, int to) {
            this.from = from;
            this.to = to;
            for (Page page : pages.values()) {
                for (ItemRow row : page.rows) {
                    if (row != null && row.index() >= from && row.index() < to) {
                        held.put(row.index(), row);
                    }
                }
            }
        }

        @Override
        public ItemRow get(int i) {
            return held.getOrDefault(from + i, new ItemRow(from + i));
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
