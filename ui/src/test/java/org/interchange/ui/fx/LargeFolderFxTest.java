package org.interchange.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.ui.fx.FxWait.fx;
import static org.interchange.ui.fx.FxWait.until;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FxTaskExecutor;
import org.interchange.ui.MainWindow;
import org.interchange.ui.items.ItemRow;
import org.interchange.ui.status.SyncStatusViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A folder of 30,000 messages: the table reads only the pages it shows. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*:\\d+(\\.\\d+)?")
class LargeFolderFxTest {
    private static final int COUNT = 30_000;

    private final FakeCache cache = new FakeCache();
    private final AtomicInteger refreshes = new AtomicInteger();
    private ExecutorService background;
    private MainWindow window;
    private CachedFolder inbox;

    @Start
    void start(Stage stage) {
        cache.addAccount("a", "Work");
        inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        for (int i = 0; i < COUNT; i++) {
            cache.addMail(inbox, String.format("Message %05d", i), "sender" + i, Instant.ofEpochSecond(i), i % 3 == 0);
        }
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ui-test-background");
            t.setDaemon(true);
            return t;
        });
        FxTaskExecutor executor = new FxTaskExecutor(background);
        window = new MainWindow(cache, cache, cache, executor, new SyncStatusViewModel(executor));
        window.setOnRefresh(refreshes::incrementAndGet);
        window.show(stage);
    }

    @Stop
    void stop() {
        window.dispose();
        background.shutdownNow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyThePagesOnScreenAreRead(FxRobot robot) throws Exception {
        TableView<ItemRow> table = fx(() -> robot.lookup("#itemList").queryAs(TableView.class));
        until(() -> table.getItems().size() == COUNT && loaded(table, 0));
        assertThat(fx(() -> table.getItems().get(0).data().summary().subject())).isEqualTo("Message 29999");
        assertThat(cache.pageReads).containsExactly(inbox.id() + ":DATE_DESC:0:100");

        fx(() -> {
            table.scrollTo(COUNT - 1);
            return null;
        });
        until(() -> loaded(table, COUNT - 1));

        assertThat(fx(() -> table.getItems().get(COUNT - 1).data().summary().subject())).isEqualTo("Message 00000");
        assertThat(cache.pageReads).hasSizeLessThanOrEqualTo(3)
                .contains(inbox.id() + ":DATE_DESC:29900:100")
                .allSatisfy(read -> assertThat(read).endsWith(":100"));
    }

    @Test
    void f5RunsTheRefreshHook(FxRobot robot) {
        robot.interact(() -> robot.lookup("#itemList").query().requestFocus());
        robot.type(KeyCode.F5);
        until(() -> refreshes.get() == 1);
    }

    private static boolean loaded(TableView<ItemRow> table, int index) {
        return fx(() -> table.getItems().size() > index && table.getItems().get(index).data() != null);
    }
}
