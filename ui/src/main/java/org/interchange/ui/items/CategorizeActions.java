package org.interchange.ui.items;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.interchange.cache.api.CacheEdits;
import org.interchange.ui.TaskExecutor;
import org.interchange.ui.categories.CategoryList;
import org.interchange.ui.categories.CategoryNames;

/**
 * Assigns and removes the categories of listed items ([MS-OXCMSG] 2.2.1.17 PidNameKeywords) as Thunderbird's tags
 * do: a category is added to every selected row when any of them lacks it and removed from all when all have it;
 * keys 1 to 9 toggle the first nine categories of the user's {@link CategoryList}, 0 removes them all. Each change
 * shows on the row at once and is written in the background through {@link CacheEdits#setCategories}, so it is
 * kept offline and uploaded later; a failed write puts the row back and reports the error.
 */
public final class CategorizeActions {
    private final CacheEdits edits;
    private final CategoryList list;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public CategorizeActions(CacheEdits edits, CategoryList list, TaskExecutor executor) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.list = Objects.requireNonNull(list, "list");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether every row whose page has been read holds {@code name} (false when there are none). */
    public static boolean allHave(List<ItemRow> rows, String name) {
        List<RowData> read = rows.stream().map(ItemRow::data).filter(Objects::nonNull).toList();
        return !read.isEmpty() && read.stream().allMatch(d -> CategoryNames.contains(d.categories(), name));
    }

    /** Adds {@code name} to every row, or removes it from all when all have it. */
    public void toggle(List<ItemRow> rows, String name) {
        String category = list.find(name).map(c -> c.name()).orElse(CategoryNames.checked(name));
        boolean remove = allHave(rows, category);
        change(rows, names -> CategoryNames.contains(names, category) == remove
                ? CategoryNames.toggled(names, category) : names);
    }

    /** The key {@code digit}: 1 to 9 toggle that category of the list, 0 removes every category. */
    public void number(List<ItemRow> rows, int digit) {
        if (digit == 0) {
            clear(rows);
        } else {
            list.byNumber(digit).ifPresent(c -> toggle(rows, c.name()));
        }
    }

    /** Removes every category of the rows. */
    public void clear(List<ItemRow> rows) {
        change(rows, names -> List.of());
    }

    private void change(List<ItemRow> rows, UnaryOperator<List<String>> change) {
        for (ItemRow row : List.copyOf(rows)) {
            RowData before = row.data();
            if (before == null) {
                continue;
            }
            List<String> after = change.apply(before.categories());
            if (after.equals(before.categories())) {
                continue;
            }
            long itemId = before.summary().id();
            row.setData(before.withCategories(after));
            executor.submit(() -> {
                edits.setCategories(itemId, after);
                return null;
            }, done -> error.set(null), failure -> {
                RowData now = row.data();
                if (now != null && now.summary().id() == itemId) {
                    row.setData(now.withCategories(before.categories()));
                }
                error.set("Could not change the categories: " + failure.getMessage());
            });
        }
    }
}
