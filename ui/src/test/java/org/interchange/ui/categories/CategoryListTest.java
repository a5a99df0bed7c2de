package org.interchange.ui.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CategoryListTest {
    /** A node of its own under the user's preferences, removed after the test. */
    private final Preferences node = Preferences.userRoot().node("interchange-test/categories-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aFreshListHoldsOutlooksColourCategories() {
        CategoryList list = new CategoryList(node);

        assertThat(list.categories()).extracting(Category::name).containsExactly("Red category", "Orange category",
                "Yellow category", "Green category", "Blue category", "Purple category");
        assertThat(list.byNumber(5)).map(Category::color).contains(CategoryColor.BLUE);
        assertThat(list.byNumber(7)).isEmpty();
        assertThat(list.byNumber(0)).isEmpty();
        assertThat(list.find("BLUE CATEGORY")).map(Category::name).contains("Blue category");
    }

    @Test
    void changesAreKeptInThePreferencesAndReadBack() {
        CategoryList list = new CategoryList(node);
        list.remove("Orange category");
        list.rename("Red category", "Urgent");
        list.recolor("Urgent", CategoryColor.DARK_RED);
        Category added = list.add(" Project X ");
        list.move("Project X", -1);
        list.move("Urgent", -5);

        assertThat(added).isEqualTo(new Category("Project X", CategoryColor.RED)); // Urgent took Dark red
        List<Category> expected = List.of(new Category("Urgent", CategoryColor.DARK_RED),
                new Category("Yellow category", CategoryColor.YELLOW), new Category("Green category", CategoryColor.GREEN),
                new Category("Blue category", CategoryColor.BLUE), new Category("Project X", CategoryColor.RED),
                new Category("Purple category", CategoryColor.PURPLE));
        assertThat(list.categories()).containsExactlyElementsOf(expected);
        assertThat(new CategoryList(node).categories()).containsExactlyElementsOf(expected);
    }

    @Test
    void anEmptiedListStaysEmpty() {
        CategoryList list = new CategoryList(node);
        List.copyOf(list.categories()).forEach(c -> list.remove(c.name()));

        assertThat(new CategoryList(node).categories()).isEmpty();
    }

    @Test
    void namesAreUniqueIgnoringCaseAndCheckedForSeparators() {
        CategoryList list = new CategoryList(node);

        assertThatThrownBy(() -> list.add("red CATEGORY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> list.rename("Blue category", "Green category"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> list.add("a, b")).hasMessageContaining("comma");
        assertThatThrownBy(() -> list.add("a\nb")).hasMessageContaining("line break");
        assertThatThrownBy(() -> list.add("  ")).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> list.remove("Nope")).hasMessageContaining("No category is named Nope");
        list.rename("Blue category", "BLUE category"); // its own name in other case is fine
        assertThat(list.find("blue category")).map(Category::name).contains("BLUE category");
        assertThat(new CategoryList(node).categories()).hasSize(6);
    }

    @Test
    void entriesThatDoNotReadBackAreLeftOut() {
        node.putInt("count", 3);
        node.put("0", "BLUE\tWork");
        node.put("1", "NO_SUCH_COLOUR\tBroken");
        node.put("2", "GREEN\twork");

        assertThat(new CategoryList(node).categories()).containsExactly(new Category("Work", CategoryColor.BLUE));
    }

    @Test
    void everyColourHasReadableLettering() {
        for (CategoryColor c : CategoryColor.values()) {
            assertThat(c.contrast()).as(c.label()).isGreaterThanOrEqualTo(4.5);
            assertThat(c.web()).matches("#[0-9a-f]{6}");
        }
        assertThat(CategoryColor.YELLOW.textColor()).isEqualTo("#000000");
        assertThat(CategoryColor.DARK_BLUE.textColor()).isEqualTo("#ffffff");
    }

    @Test
    void namesParseJoinAndToggleAsItemsHoldThem() {
        assertThat(CategoryNames.parse("Red\r\n\n Blue \n")).containsExactly("Red", "Blue");
        assertThat(CategoryNames.parse(null)).isEmpty();
        assertThat(CategoryNames.toggled(List.of("Red", "Blue"), "red")).containsExactly("Blue");
        assertThat(CategoryNames.toggled(List.of("Blue"), " Red ")).containsExactly("Blue", "Red");
        assertThat(CategoryNames.join(List.of("Blue", "Red"))).isEqualTo("Blue\nRed");
    }
}
