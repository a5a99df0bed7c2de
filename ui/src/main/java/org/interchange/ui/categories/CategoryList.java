package org.interchange.ui.categories;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The user's categories with their colours, in the order the Categorize menu and the keys 1 to 9 use, kept in the
 * user's preferences (as Outlook's master category list, [MS-OXOCFG] 2.2.5.2.2, but local). A fresh list holds
 * Outlook's six colour categories. Names are unique ignoring case. Change it on the FX thread.
 */
public final class CategoryList {
    /** What Outlook names its categories in a new mailbox, so messages categorized there match. */
    static final List<Category> OUTLOOK_DEFAULTS = List.of(new Category("Red category", CategoryColor.RED),
            new Category("Orange category", CategoryColor.ORANGE),
            new Category("Yellow category", CategoryColor.YELLOW),
            new Category("Green category", CategoryColor.GREEN), new Category("Blue category", CategoryColor.BLUE),
            new Category("Purple category", CategoryColor.PURPLE));
    private static final String COUNT = "count";

    private final Preferences node;
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Category> view = FXCollections.unmodifiableObservableList(categories);

    /** The list kept in {@code node}; Outlook's defaults when nothing was kept there yet. */
    public CategoryList(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
        categories.setAll(load(node));
    }

    public ObservableList<Category> categories() {
        return view;
    }

    /** The category of this name, ignoring case; empty for a name the list does not know. */
    public Optional<Category> find(String name) {
        return categories.stream().filter(c -> CategoryNames.same(c.name(), name)).findFirst();
    }

    /** The category the key {@code number} (1 to 9) stands for, the first nine in order. */
    public Optional<Category> byNumber(int number) {
        return number >= 1 && number <= 9 && number <= categories.size()
                ? Optional.of(categories.get(number - 1)) : Optional.empty();
    }

    /** Adds a category in the first colour no category has yet (Red again when all are taken). */
    public Category add(String name) {
        Set<CategoryColor> free = EnumSet.allOf(CategoryColor.class);
        categories.forEach(c -> free.remove(c.color()));
        return add(name, free.isEmpty() ? CategoryColor.RED : free.iterator().next());
    }

    /**
     * Adds a category at the end.
     *
     * @throws IllegalArgumentException when the name is not allowed ({@link CategoryNames#checked}) or taken
     */
    public Category add(String name, CategoryColor color) {
        Category added = new Category(unused(name, null), color);
        categories.add(added);
        save();
        return added;
    }

    /** Renames a category, keeping its place and colour; items keep the names they hold. */
    public void rename(String name, String newName) {
        int at = indexOf(name);
        categories.set(at, new Category(unused(newName, categories.get(at)), categories.get(at).color()));
        save();
    }

    public void recolor(String name, CategoryColor color) {
        int at = indexOf(name);
        categories.set(at, new Category(categories.get(at).name(), color));
        save();
    }

    /** Removes a category from the list; items keep the name, shown in the neutral colour. */
    public void remove(String name) {
        categories.remove(indexOf(name));
        save();
    }

    /** Moves a category one place up (-1) or down (1), which changes its number key. */
    public void move(String name, int by) {
        int at = indexOf(name);
        int to = Math.clamp(at + by, 0, categories.size() - 1);
        if (to != at) {
            Category moved = categories.remove(at);
            categories.add(to, moved);
            save();
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < categories.size(); i++) {
            if (CategoryNames.same(categories.get(i).name(), name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No category is named " + name);
    }

    private String unused(String name, Category except) {
        String checked = CategoryNames.checked(name);
        find(checked).filter(c -> c != except).ifPresent(c -> {
            throw new IllegalArgumentException("A category named " + c.name() + " exists already");
        });
        return checked;
    }

    private void save() {
        try {
            node.clear();
            for (int i = 0; i < categories.size(); i++) {
                node.put(Integer.toString(i), categories.get(i).color().name() + "\t" + categories.get(i).name());
            }
            node.putInt(COUNT, categories.size());
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("Could not keep the categories in the preferences: " + e.getMessage(), e);
        }
    }

    /** The kept list; entries that do not read back (an edited preferences file) are left out. */
    private static List<Category> load(Preferences node) {
        int count = node.getInt(COUNT, -1);
        if (count < 0) {
            return OUTLOOK_DEFAULTS;
        }
        List<Category> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String entry = node.get(Integer.toString(i), "");
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            try {
                Category c = new Category(CategoryNames.checked(entry.substring(tab + 1)),
                        CategoryColor.valueOf(entry.substring(0, tab)));
                if (out.stream().noneMatch(o -> CategoryNames.same(o.name(), c.name()))) {
                    out.add(c);
                }
            } catch (IllegalArgumentException unreadable) {
                // skipped, as the Javadoc says
            }
        }
        return out;
    }
}
