package org.interchange.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.ui.fx.FxWait.fx;
import static org.interchange.ui.fx.FxWait.until;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.ui.FxTaskExecutor;
import org.interchange.ui.MainWindow;
import org.interchange.ui.Screenshots;
import org.interchange.ui.status.SyncStatusViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Editing a contact, completing a task and editing a note in the main window, written to a real H2 cache. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*:\\d+(\\.\\d+)?")
class PimViewsFxTest {
    @TempDir
    Path dir;
    private ExecutorService background;
    private H2CacheStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        store = H2Fixture.seeded(dir.resolve("profile"), "http://127.0.0.1:9/none.png");
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "pim-test-background");
            t.setDaemon(true);
            return t;
        });
        FxTaskExecutor executor = new FxTaskExecutor(background);
        window = new MainWindow(store, store, org.interchange.cache.h2.H2MailCache.of(store), executor,
                new SyncStatusViewModel(executor));
        window.show(stage);
    }

    @Stop
    void stop() {
        window.dispose();
        background.shutdownNow();
        store.close();
    }

    @Test
    void editingAContactWritesItsNewFieldsToTheCache(FxRobot robot) {
        open(robot, "Contacts");
        until(() -> fx(() -> robot.lookup(cellStartingWith("Ada Lovelace")).tryQuery()).isPresent());
        robot.clickOn(cellStartingWith("Ada Lovelace"));
        until(() -> fx(() -> robot.lookup("#contactEdit").tryQuery()).isPresent());
        robot.clickOn("#contactEdit");
        robot.clickOn("#contactGivenName").write("Ada");
        robot.clickOn("#contactSurname").write("King");
        robot.doubleClickOn("#contactCompany").eraseText(40).write("Babbage & Co");
        robot.clickOn("#contactMobilePhone").write("+44 7700 900123");
        robot.clickOn("#contactHomeAddress").write("12 St James's Square\nLondon");
        fx(() -> {
            robot.lookup("#contactBirthday").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(1815, 12, 10));
            return null;
        });
        robot.clickOn("#contactSave");

        until(() -> contact().fields().getOrDefault(ItemFields.COMPANY, "").equals("Babbage & Co"));
        Map<String, String> fields = contact().fields();
        assertThat(fields).containsEntry(PimFields.GIVEN_NAME, "Ada").containsEntry(PimFields.SURNAME, "King")
                .containsEntry(ItemFields.MOBILE_PHONE, "+44 7700 900123")
                .containsEntry(PimFields.HOME_ADDRESS, "12 St James's Square\nLondon")
                .containsEntry(PimFields.BIRTHDAY, "1815-12-10")
                .containsEntry(ItemFields.EMAIL, "ada@example.org");
        until(() -> fx(() -> robot.lookup("Babbage & Co").tryQuery()).isPresent()
                || fx(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("Babbage & Co")).tryQuery()).isPresent());

        robot.clickOn("#contactSearch").write("babbage");
        until(() -> fx(() -> robot.lookup("#contactList")
                .queryListView().getItems().size() == 1));
        robot.eraseText(7).write("nobody");
        until(() -> fx(() -> robot.lookup("#contactList").queryListView().getItems().isEmpty()));
    }

    @Test
    void tickingATaskCompletesIt(FxRobot robot) {
        open(robot, "Tasks");
        until(() -> fx(() -> robot.lookup("Write the user guide").tryQuery()).isPresent());
        robot.clickOn(fx(() -> robot.lookup(".check-box").match((CheckBox c) -> c.isVisible() && !c.isSelected())
                .queryAs(CheckBox.class)));
        until(() -> task().fields().get(ItemFields.TASK_STATUS).equals("2"));
        assertThat(Double.parseDouble(task().fields().get(ItemFields.PERCENT_COMPLETE))).isEqualTo(1.0);
        assertThat(task().fields().get(PimFields.TASK_COMPLETED)).isNotBlank();
        until(() -> fx(() -> robot.lookup("Complete").tryQuery()).isPresent() && fx(() -> robot.lookup("100 %").tryQuery()).isPresent());
    }

    @Test
    void editingANoteChangesItsTextAndColour(FxRobot robot) {
        open(robot, "Notes");
        until(() -> fx(() -> robot.lookup(cellStartingWith("Parking level 3")).tryQuery()).isPresent());
        robot.clickOn(cellStartingWith("Parking level 3"));
        until(() -> fx(() -> robot.lookup("#noteText").queryTextInputControl().getText()
                .contains("spot 42")));
        long parking = note().summary().id();
        robot.clickOn("#noteText");
        fx(() -> {
            robot.lookup("#noteText").queryTextInputControl().end();
            return null;
        });
        robot.write("\nnext to the lift");
        robot.clickOn("#noteColor1");
        robot.clickOn("#noteSave");
        until(() -> "1".equals(store.item(parking).orElseThrow().fields().get(ItemFields.NOTE_COLOR)));
        ItemDetail saved = store.item(parking).orElseThrow();
        assertThat(saved.bodyText()).isEqualTo("Parking level 3\nspot 42\nnext to the lift");
        assertThat(saved.summary().subject()).isEqualTo("Parking level 3");

        robot.clickOn("#noteNew");
        robot.clickOn("#noteText").write("Buy milk");
        robot.clickOn("#noteColor2").push(KeyCode.CONTROL, KeyCode.S);
        until(() -> fx(() -> robot.lookup(cellStartingWith("Buy milk")).tryQuery()).isPresent());
        assertThat(items("Notes")).extracting(d -> d.fields().get(ItemFields.NOTE_COLOR)).contains("2");
    }

    private void open(FxRobot robot, String folder) {
        until(() -> fx(() -> robot.lookup(".folder-name").match((javafx.scene.control.Label l) -> folder.equals(l.getText()))
                .tryQuery()).isPresent());
        robot.clickOn(fx(() -> robot.lookup(".folder-name").match((javafx.scene.control.Label l) -> folder.equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class)));
    }

    private static java.util.function.Predicate<Node> cellStartingWith(String text) {
        return n -> n instanceof ListCell<?> c && c.getText() != null && c.getText().startsWith(text);
    }

    private ItemDetail contact() {
        return items("Contacts").getFirst();
    }

    private ItemDetail task() {
        return items("Tasks").getFirst();
    }

    private ItemDetail note() {
        return items("Notes").stream().filter(d -> d.bodyText() != null && d.bodyText().startsWith("Parking")).findFirst()
                .orElseThrow();
    }

    private java.util.List<ItemDetail> items(String folderName) {
        CachedFolder folder = store.folders(H2Fixture.ACCOUNT).stream().filter(f -> f.displayName().equals(folderName))
                .findFirst().orElseThrow();
        return store.items(folder.id(), ItemSort.DATE_DESC, 0, 50).stream()
                .map(s -> store.item(s.id()).orElseThrow()).toList();
    }

    static void screenshot(Stage stage, String name) {
        Screenshots.write(stage.getScene(), Path.of("..", "docs", "screenshots", name + ".png"));
    }
}
