package org.interchange.ui.categories;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;

/**
 * Small coloured labels for an item's categories ([MS-OXCMSG] 2.2.1.17): filled with the category's colour and
 * lettered in black or white; a name the user's list does not know gets the theme's neutral colours
 * (style class {@code category-unknown}), so it reads in light and dark themes alike.
 */
public final class CategoryChips {
    private CategoryChips() {
    }

    /** One label for {@code name} as {@code list} colours it. */
    public static Label chip(String name, CategoryList list) {
        Label chip = new Label(name);
        chip.getStyleClass().add("category-chip");
        chip.setMinWidth(Label.USE_PREF_SIZE);
        list.find(name).ifPresentOrElse(
                c -> chip.setStyle("-fx-background-color: " + c.color().web() + "; -fx-text-fill: "
                        + c.color().textColor() + ";"),
                () -> {
                    chip.getStyleClass().add("category-unknown");
                    chip.setTooltip(new Tooltip(name + " is not in your category list"));
                });
        return chip;
    }

    /** Replaces the children of {@code box} with the chips of {@code names}. */
    public static void fill(Pane box, List<String> names, CategoryList list) {
        box.getChildren().setAll(names.stream().map(n -> chip(n, list)).toList());
    }
}
