package org.interchange.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.ui.fx.FxWait.fx;
import static org.interchange.ui.fx.FxWait.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.h2.H2MailCache;
import org.interchange.ui.FxTaskExecutor;
import org.interchange.ui.MainWindow;
import org.interchange.ui.Screenshots;
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
import org.testfx.util.WaitForAsyncUtils;

/** Replying, completing a recipient, saving a draft and sending, with Thunderbird's keys, on a real H2 cache. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*:\\d+(\\.\\d+)?")
class ComposeFxTest {
    @TempDir
    Path dir;
    private ExecutorService background;
    private H2CacheStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        store = H2Fixture.seeded(dir.resolve("profile"), "http://127.0.0.1:9/none.png");
        H2Fixture.addComposeFolders(store);
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-test-background");
            t.setDaemon(true);
            return t;
        });
        FxTaskExecutor executor = new FxTaskExecutor(background);
        window = new MainWindow(store, store, H2MailCache.of(store), executor, new SyncStatusViewModel(executor));
        window.show(stage);
    }

    @Stop
    void stop() {
        for (Window open : List.copyOf(Window.getWindows())) {
            if (open instanceof Stage other && other.getScene() != null && other.getScene().lookup("#composeSubject") != null) {
                other.close();
            }
        }
        window.dispose();
        background.shutdownNow();
        store.close();
    }

    @Test
    void repliesWithCompletionSavesADraftAndSendsToTheOutbox(FxRobot robot) throws Exception {
        until(() -> subjects(robot).contains("Quarterly numbers"));
        robot.clickOn("Quarterly numbers");
        until(() -> "Quarterly numbers".equals(fx(() -> robot.lookup("#readingSubject").queryAs(Label.class)).getText()));
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);

        until(() -> fx(() -> robot.lookup("#composeSubject").tryQuery()).isPresent());
        TextField subject = fx(() -> robot.lookup("#composeSubject").queryAs(TextField.class));
        assertThat(FxWait.<String>fx(subject::getText)).isEqualTo("Re: Quarterly numbers");
        assertThat(FxWait.<String>fx(() -> robot.lookup("#composeTo").queryAs(TextField.class).getText()))
                .isEqualTo("Bob Builder <bob@example.org>");

        robot.clickOn("#composeCc").write("gra");
        until(() -> fx(() -> robot.lookup("Grace Hopper <grace@example.org>").tryQuery()).isPresent());
        robot.clickOn("Grace Hopper <grace@example.org>");
        until(() -> fx(() -> robot.lookup("#composeCc").queryAs(TextField.class).getText())
                .equals("Grace Hopper <grace@example.org>, "));

        Path compose = Path.of("target", "screenshots", "compose.png");
        Screenshots.write(subject.getScene(), compose);
        assertThat(Files.size(compose)).isGreaterThan(10_000);

        robot.clickOn("#composeSubject");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        until(() -> ids("Drafts").size() == 1);
        ItemDetail draft = store.item(ids("Drafts").getFirst()).orElseThrow();
        assertThat(draft.summary().subject()).isEqualTo("Re: Quarterly numbers");
        assertThat(draft.field(ItemFields.CC)).isEqualTo("Grace Hopper <grace@example.org>");
        assertThat(draft.field(ItemFields.CONVERSATION_TOPIC)).isEqualTo("Quarterly numbers");
        assertThat(draft.bodyText()).contains("> Hello from the body.");

        Window composeWindow = subject.getScene().getWindow();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        until(() -> !fx(composeWindow::isShowing));
        until(() -> ids("Outbox").size() == 1);
        assertThat(ids("Drafts")).isEmpty();
        ItemDetail queued = store.item(ids("Outbox").getFirst()).orElseThrow();
        assertThat(queued.field(ItemFields.TO)).isEqualTo("Bob Builder <bob@example.org>");
        assertThat(store.pendingOperations(H2Fixture.ACCOUNT).pending()).anySatisfy(
                op -> assertThat(op.kind()).hasToString("SEND"));
    }

    @Test
    void forwardCarriesTheAttachmentAndNewStartsEmpty(FxRobot robot) {
        until(() -> subjects(robot).contains("Quarterly numbers"));
        robot.clickOn("Quarterly numbers");
        until(() -> "Quarterly numbers".equals(fx(() -> robot.lookup("#readingSubject").queryAs(Label.class)).getText()));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        until(() -> fx(() -> robot.lookup("#composeSubject").tryQuery()).isPresent());
        TextField subject = fx(() -> robot.lookup("#composeSubject").queryAs(TextField.class));
        assertThat(FxWait.<String>fx(subject::getText)).isEqualTo("Fw: Quarterly numbers");
        assertThat(fx(() -> robot.lookup("#composeAttachments").lookup((Label l) -> l.getText() != null
                && l.getText().startsWith("numbers.xlsx")).tryQuery())).isPresent();
        fx(() -> {
            ((Stage) subject.getScene().getWindow()).close();
            return null;
        });

        robot.clickOn("#itemList");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        until(() -> fx(() -> robot.lookup("#composeSubject").tryQuery()).map(n -> n != subject).orElse(false));
        TextField fresh = fx(() -> robot.lookup("#composeSubject").match(n -> n != subject).queryAs(TextField.class));
        assertThat(FxWait.<String>fx(fresh::getText)).isEmpty();
        assertThat(FxWait.<String>fx(() -> robot.lookup("#composeFrom").match(n -> n.getScene() == fresh.getScene())
                .queryAs(Label.class).getText())).isEqualTo("alice@example.org");

        robot.clickOn(fresh).write("No recipients");
        robot.clickOn("#composeSend");
        until(() -> "Add at least one recipient".equals(fx(() -> robot.lookup("#composeError")
                .match(n -> n.getScene() == fresh.getScene()).queryAs(Label.class)).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> fresh.getScene().getWindow().isShowing())).isTrue();
    }

    private List<Long> ids(String folderName) {
        CachedFolder folder = store.folders(H2Fixture.ACCOUNT).stream()
                .filter(f -> f.displayName().equals(folderName)).findFirst().orElseThrow();
        return store.items(folder.id(), ItemSort.DATE_DESC, 0, 100).stream().map(ItemSummary::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> subjects(FxRobot robot) {
        TableView<ItemRow> table = fx(() -> robot.lookup("#itemList").queryAs(TableView.class));
        return fx(() -> table.getItems().stream()
                .map(row -> row.data() == null ? "" : row.data().summary().subject()).toList());
    }
}
