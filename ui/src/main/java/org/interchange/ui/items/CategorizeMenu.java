package org.interchange.ui.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.interchange.ui.categories.Category;
import org.interchange.ui.categories.CategoryList;
import org.interchange.ui.categories.CategoryNames;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Categorize menu of the selected rows ([MS-OXCMSG] 2.2.1.17), as a submenu (message and context menus) or a
 * tool bar button: a check item per category of the user's list (numbered for the keys 1 to 9), the categories of
 * the selection the list does not know (each can be added to it), Remove all (0), New category… and Manage
 * categories…. Its items are made afresh each time it opens, for the rows selected then.
 */
public final class CategorizeMenu {
    private final CategorizeActions actions;
    private final CategoryList list;
    private final Supplier<List<ItemRow>> selection;
    private final Runnable manage;

    /**
     * @param selection the rows to categorize, read when the menu opens and when a key is pressed
     * @param manage    opens the category manager
     */
    public CategorizeMenu(CategorizeActions actions, CategoryList list, Supplier<List<ItemRow>> selection,
                          Runnable manage) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.list = Objects.requireNonNull(list, "list");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.manage = Objects.requireNonNull(manage, "manage");
    }

    public CategorizeActions actions() {
        return actions;
    }

    public CategoryList list() {
        return list;
    }

    /** The rows the menu and the keys act on now. */
    public List<ItemRow> selected() {
        return selection.get();
    }

    /** A "Categorize" submenu. */
    public Menu menu() {
        Menu menu = new Menu("Categorize", Icons.of(Feather.TAG));
        menu.getItems().setAll(items()); // a submenu without items would not open
        menu.setOnShowing(e -> menu.getItems().setAll(items()));
        return menu;
    }

    /** A tool bar button opening the same items. */
    public MenuButton button() {
        MenuButton button = new MenuButton(null, Icons.of(Feather.TAG));
        button.setId("categorizeButton");
        button.setTooltip(new Tooltip("Categorize the selected items (1–9, 0 removes all)"));
        button.getItems().setAll(items());
        button.setOnShowing(e -> button.getItems().setAll(items()));
        return button;
    }

    /** The items for the rows selected now. */
    List<MenuItem> items() {
        List<ItemRow> rows = selected().stream().filter(r -> r.data() != null).toList();
        boolean none = rows.isEmpty();
        List<MenuItem> items = new ArrayList<>();
        int number = 1;
        for (Category c : list.categories()) {
            String text = number <= 9 ? number + "  " + c.name() : c.name();
            items.add(check(text, c.name(), swatch(c.color().web()), rows, none));
            number++;
        }
        Map<String, String> unknown = unknown(rows);
        if (!unknown.isEmpty()) {
            items.add(new SeparatorMenuItem());
            for (String name : unknown.values()) {
                items.add(check(name, name, swatch(null), rows, none));
            }
            for (String name : unknown.values()) {
                MenuItem add = new MenuItem("Add “" + name + "” to the list", Icons.of(Feather.PLUS));
                add.setOnAction(e -> list.add(name));
                items.add(add);
            }
        }
        items.add(new SeparatorMenuItem());
        MenuItem clear = new MenuItem("0  Remove all categories", Icons.of(Feather.X));
        clear.setId("clearCategories");
        clear.setDisable(rows.stream().allMatch(r -> r.data().categories().isEmpty()));
        clear.setOnAction(e -> actions.clear(rows));
        MenuItem create = new MenuItem("New category…", Icons.of(Feather.PLUS));
        create.setDisable(none);
        create.setOnAction(e -> askNewCategory().ifPresent(name -> actions.toggle(rows, name)));
        MenuItem manageItem = new MenuItem("Manage categories…", Icons.of(Feather.SETTINGS));
        manageItem.setId("manageCategories");
        manageItem.setOnAction(e -> manage.run());
        items.addAll(List.of(clear, create, manageItem));
        return items;
    }

    private CheckMenuItem check(String text, String name, Region swatch, List<ItemRow> rows, boolean none) {
        CheckMenuItem item = new CheckMenuItem(text, swatch);
        item.setMnemonicParsing(false);
        item.setSelected(CategorizeActions.allHave(rows, name));
        item.setDisable(none);
        item.setOnAction(e -> actions.toggle(rows, name));
        return item;
    }

    /** The categories of the rows the list does not know, by lower-case name, first spelling kept. */
    private Map<String, String> unknown(List<ItemRow> rows) {
        Map<String, String> unknown = new LinkedHashMap<>();
        for (ItemRow row : rows) {
            for (String name : row.data().categories()) {
                if (list.find(name).isEmpty()) {
                    unknown.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
                }
            }
        }
        return unknown;
    }

    /** A round swatch of {@code web} colour, or the neutral one for null. */
    private static Region swatch(String web) {
        Region swatch = new Region();
        swatch.getStyleClass().add("category-swatch");
        if (web == null) {
            swatch.getStyleClass().add("category-unknown");
        } else {
            swatch.setStyle("-fx-background-color: " + web + ";");
        }
        return swatch;
    }

    /** Asks for a new category's name and adds it to the list; empty when cancelled or refused. */
    private Optional<String> askNewCategory() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("New category");
        dialog.setHeaderText("Name of the new category");
        Optional<String> name = dialog.showAndWait().filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            return name;
        }
        try {
            String checked = CategoryNames.checked(name.get());
            return Optional.of(list.find(checked).orElseGet(() -> list.add(checked)).name());
        } catch (IllegalArgumentException refused) {
            new Alert(Alert.AlertType.ERROR, refused.getMessage()).show();
            return Optional.empty();
        }
    }
}
