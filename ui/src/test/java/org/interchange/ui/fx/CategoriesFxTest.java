package org.interchange.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.ui.fx.FxWait.fx;
import static org.interchange.ui.fx.FxWait.until;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.h2.H2MailCache;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.ui.FxTaskExecutor;
import org.interchange.ui.MainWindow;
import org.interchange.ui.items.ItemRow;
import org.interchange.ui.status.SyncStatusViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Categorizing messages with the Categorize menu and the number keys, on a real H2 cache and a real (X) display. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*:\\d+(\\.\\d+)?")
class CategoriesFxTest {
    @TempDir
    Path dir;

    private final Preferences preferences = Preferences.userRoot().node("interchange-test/ui-" + UUID.randomUUID());
    private ExecutorService background;
    private H2CacheStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        store = H2Fixture.seeded(dir.resolve("profile"), "http://127.0.0.1:9/none.png");
        H2Fixture.fill(store.storage(H2Fixture.ACCOUNT), "inbox", new RemoteItem("m5", "1", ItemKind.MAIL,
                "Budget review", "Erin <erin@example.org>", "Alice <alice@example.org>", Instant.now().minusSeconds(60),
                null, 3000, true, false, "See the sheet.", null, Map.of(ItemFields.CATEGORIES, "Project X"), List.of(),
                null));
        H2Fixture.fill(store.storage(H2Fixture.ACCOUNT), "contacts", new RemoteItem("k9", "1", ItemKind.CONTACT,
                "Grace Hopper", null, null, Instant.now(), null, 300, true, false, null, null,
                Map.of(ItemFields.EMAIL, "grace@example.org", ItemFields.CATEGORIES, "Blue category\nVIP"), List.of(),
                null));
        H2Fixture.fill(store.storage(H2Fixture.ACCOUNT), "tasks", new RemoteItem("t9", "1", ItemKind.TASK, "Pay rent",
                null, null, Instant.now().plusSeconds(86_400), null, 300, true, false, null, null,
                Map.of(ItemFields.TASK_STATUS, "0", ItemFields.CATEGORIES, "Red category"), List.of(), null));
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-test-background");
            t.setDaemon(true);
            return t;
        });
        FxTaskExecutor executor = new FxTaskExecutor(background);
        window = new MainWindow(store, store, H2MailCache.of(store), executor, new SyncStatusViewModel(executor),
                preferences);
        window.show(stage);
    }

    @Stop
    void stop() throws Exception {
        window.dispose();
        background.shutdownNow();
        store.close();
        preferences.removeNode();
    }

    @Test
    void theMenuAndTheNumberKeysCategorizeMessagesInTheCache(FxRobot robot) {
        until(() -> subjects(robot).contains("Quarterly numbers"));
        long numbers = idOf("Quarterly numbers");
        robot.clickOn(cellOf(robot, "Quarterly numbers"));

        chooseFromContextMenu(robot, "Quarterly numbers", "5  Blue category");

        until(() -> "Blue category".equals(categoriesOf(numbers)));
        assertThat(store.pendingOperations(H2Fixture.ACCOUNT).pending())
                .anySatisfy(op -> assertThat(op.kind()).isEqualTo(PendingOperation.Kind.UPDATE));
        until(() -> chipsInRow(robot, "Quarterly numbers").equals(List.of("Blue category")));
        until(() -> fx(() -> robot.lookup("#readingCategories .category-chip")
                .match((Label l) -> "Blue category".equals(l.getText())).tryQuery()).isPresent());

        // Ctrl+click adds a second message; 1 gives both the first category, 0 takes every category off the first
        long lunch = idOf("Lunch on Friday?");
        robot.press(KeyCode.CONTROL).clickOn(cellOf(robot, "Lunch on Friday?")).release(KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT1);
        until(() -> "Blue category\nRed category".equals(categoriesOf(numbers))
                && "Red category".equals(categoriesOf(lunch)));
        until(() -> chipsInRow(robot, "Lunch on Friday?").equals(List.of("Red category")));

        robot.clickOn(cellOf(robot, "Quarterly numbers")).type(KeyCode.DIGIT0);
        until(() -> "".equals(categoriesOf(numbers)));
        until(() -> chipsInRow(robot, "Quarterly numbers").isEmpty());
        assertThat(categoriesOf(lunch)).isEqualTo("Red category");
    }

    @Test
    void aCategoryTheListDoesNotKnowIsNeutralUntilAddedToTheList(FxRobot robot) {
        until(() -> chipsInRow(robot, "Budget review").equals(List.of("Project X")));
        Label chip = fx(() -> robot.lookup("#itemList .category-chip").queryAs(Label.class));
        assertThat(fx(() -> chip.getStyleClass())).contains("category-unknown");

        chooseFromContextMenu(robot, "Budget review", "Add “Project X” to the list");

        until(() -> fx(() -> robot.lookup("#itemList .category-chip").queryAs(Label.class).getStyleClass()
                .contains("category-unknown")) == Boolean.FALSE);
        assertThat(preferences.node("categories").getInt("count", 0)).isEqualTo(7);
    }

    @Test
    void theManagerAddsRecoloursRenamesAndDeletesCategories(FxRobot robot) {
        until(() -> subjects(robot).contains("Quarterly numbers"));
        chooseFromContextMenu(robot, "Quarterly numbers", "Manage categories…");
        until(() -> fx(() -> robot.lookup("#categoryManagerList").tryQuery()).isPresent());

        robot.clickOn(node(robot, "#categoryName")).write("Project X");
        robot.clickOn(node(robot, "#categoryNew"));
        Preferences kept = preferences.node("categories");
        until(() -> kept.getInt("count", 0) == 7 && kept.get("6", "").equals("RED\tProject X"));

        fx(() -> {
            javafx.scene.control.ListView<?> list = robot.lookup("#categoryManagerList").queryAs(javafx.scene.control.ListView.class);
            list.getSelectionModel().select(6);
            robot.lookup("#categoryColor").queryAs(javafx.scene.control.ComboBox.class).setValue(
                    org.interchange.ui.categories.CategoryColor.DARK_TEAL);
            return null;
        });
        until(() -> kept.get("6", "").equals("DARK_TEAL\tProject X"));

        robot.doubleClickOn(node(robot, "#categoryName")).eraseText(20).write("Project Y");
        robot.clickOn(node(robot, "#categoryRename"));
        until(() -> kept.get("6", "").equals("DARK_TEAL\tProject Y"));

        robot.clickOn(node(robot, "#categoryNew")); // the same name again is refused, and said so
        until(() -> fx(() -> robot.lookup(".problem").match((Label l) -> l.getText().contains("exists already"))
                .tryQuery()).isPresent());

        robot.clickOn(node(robot, "#categoryDelete"));
        until(() -> kept.getInt("count", 0) == 6);
    }

    @Test
    void contactsAndTasksShowTheirCategories(FxRobot robot) {
        until(() -> subjects(robot).contains("Quarterly numbers"));
        robot.clickOn(node(robot, "Contacts"));
        until(() -> fx(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Grace Hopper")).tryQuery()).isPresent());
        robot.clickOn(fx(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Grace Hopper")).<Node>query()));
        until(() -> fx(() -> robot.lookup("#contactCategories .category-chip").queryAllAs(Label.class).stream()
                .map(Label::getText).toList()).equals(List.of("Blue category", "VIP")));

        robot.clickOn(node(robot, "Tasks"));
        until(() -> fx(() -> robot.lookup("#taskTable .category-chip").queryAllAs(Label.class).stream()
                .map(Label::getText).toList()).equals(List.of("Red category")));
    }

    /** The text of the category chips in the row of {@code subject}. */
    private static List<String> chipsInRow(FxRobot robot, String subject) {
        return fx(() -> {
            Node cell = robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                    subject.equals(c.getText())).tryQuery().orElse(null);
            if (cell == null) {
                return List.of("(no row)");
            }
            return robot.from(cell).lookup(".category-chip").queryAllAs(Label.class).stream()
                    .filter(Node::isVisible).map(Label::getText).toList();
        });
    }

    /**
     * Right-clicks the row of {@code subject}, opens Categorize and clicks {@code item}: across to the submenu's first
     * item, then down, so the pointer never crosses another item of the context menu.
     */
    private static void chooseFromContextMenu(FxRobot robot, String subject, String item) {
        robot.rightClickOn(cellOf(robot, subject));
        until(() -> fx(() -> robot.lookup("Categorize").tryQuery()).isPresent());
        robot.clickOn(node(robot, "Categorize"));
        until(() -> fx(() -> robot.lookup("1  Red category").tryQuery()).isPresent());
        robot.moveTo(node(robot, "1  Red category"));
        until(() -> fx(() -> robot.lookup(item).tryQuery()).isPresent());
        robot.clickOn(node(robot, item));
    }

    private static Node node(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).<Node>query());
    }

    private static Node cellOf(FxRobot robot, String subject) {
        until(() -> fx(() -> robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                subject.equals(c.getText())).tryQuery()).isPresent());
        return fx(() -> robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                subject.equals(c.getText())).<Node>query());
    }

    private String categoriesOf(long itemId) {
        String field = store.item(itemId).orElseThrow().field(ItemFields.CATEGORIES);
        return field == null ? "(none)" : field;
    }

    private long idOf(String subject) {
        CachedFolder inbox = store.folders(H2Fixture.ACCOUNT).stream()
                .filter(f -> f.displayName().equals("Inbox")).findFirst().orElseThrow();
        return store.items(inbox.id(), ItemSort.DATE_DESC, 0, 100).stream()
                .filter(s -> s.subject().equals(subject)).mapToLong(ItemSummary::id).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> subjects(FxRobot robot) {
        TableView<ItemRow> table = fx(() -> robot.lookup("#itemList").queryAs(TableView.class));
        return fx(() -> table.getItems().stream()
                .map(row -> row.data() == null ? "" : row.data().summary().subject()).toList());
    }
}
