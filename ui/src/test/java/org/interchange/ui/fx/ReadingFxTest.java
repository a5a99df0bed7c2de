package org.interchange.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.ui.fx.FxWait.fx;
import static org.interchange.ui.fx.FxWait.until;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.h2.H2MailCache;
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

/** Remote content allowed by the user, attachments opened, and the threaded list, on a real H2 cache. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*:\\d+(\\.\\d+)?")
class ReadingFxTest {
    @TempDir
    Path dir;
    private final AtomicInteger remoteHits = new AtomicInteger();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService background;
    private H2CacheStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            remoteHits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        store = H2Fixture.seeded(dir.resolve("profile"),
                "http://127.0.0.1:" + server.getAddress().getPort() + "/track.png");
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-test-background");
            t.setDaemon(true);
            return t;
        });
        FxTaskExecutor executor = new FxTaskExecutor(background);
        window = new MainWindow(store, store, H2MailCache.of(store), executor, new SyncStatusViewModel(executor));
        window.setFileOpener(opened::add);
        window.show(stage);
    }

    @Stop
    void stop() {
        window.dispose();
        background.shutdownNow();
        store.close();
        server.stop(0);
    }

    @Test
    void remoteImagesLoadOnlyAfterTheUserAllowsThemAndStayAllowed(FxRobot robot) {
        until(() -> subjects(robot).contains("Script and tracker"));
        robot.clickOn("Script and tracker");
        until(() -> fx(() -> robot.lookup("#allowRemoteOnce").tryQuery()).map(n -> n.isVisible()).orElse(false));
        assertThat(remoteHits.get()).isZero();
        until(() -> "Always from mallory@example.org".equals(
                fx(() -> robot.lookup("#allowRemoteSender").queryAs(Button.class).getText())));

        robot.clickOn("#allowRemoteOnce");
        until(() -> !fx(() -> robot.lookup("#allowRemoteOnce").query().getParent()).isVisible());
        javafx.scene.web.WebView body = fx(() -> robot.lookup("#readingBody").queryAs(javafx.scene.web.WebView.class));
        until(() -> fx(() -> body.getEngine().getDocument() != null
                && body.getEngine().getDocument().getElementsByTagName("img").getLength() > 0));
        until(() -> remoteHits.get() > 0);

        robot.clickOn("Quarterly numbers");
        until(() -> "Quarterly numbers".equals(fx(() -> robot.lookup("#readingSubject").queryAs(Label.class)).getText()));
        int before = remoteHits.get();
        robot.clickOn("Script and tracker");
        until(() -> remoteHits.get() > before); // the allowance was kept in the cache
    }

    @Test
    void anAttachmentIsOpenedFromAPrivateCopy(FxRobot robot) throws Exception {
        until(() -> subjects(robot).contains("Quarterly numbers"));
        robot.clickOn("Quarterly numbers");
        until(() -> fx(() -> robot.lookup(".attachment-chip").tryQuery()).isPresent());
        robot.clickOn(".attachment-chip");
        until(() -> !opened.isEmpty());
        Path file = opened.getFirst();
        assertThat(file.getFileName().toString()).isEqualTo("numbers.xlsx");
        assertThat(Files.size(file)).isEqualTo(2048);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void theThreadedListGroupsAConversationAndExpandsIt(FxRobot robot) {
        until(() -> subjects(robot).contains("Quarterly numbers"));
        H2Fixture.fill(store.storage(H2Fixture.ACCOUNT), "inbox", H2Fixture.mail("m5", "RE: Quarterly numbers",
                "Carol <carol@example.org>", Instant.now(), true, "Thanks!", null, List.of()));
        until(() -> subjects(robot).size() == 5);

        CheckMenuItem threads = fx(() -> (CheckMenuItem) fx(() -> robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus()).stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "threadsMenuItem".equals(i.getId())).findFirst().orElseThrow());
        fx(() -> {
            threads.setSelected(true);
            return null;
        });
        until(() -> subjects(robot).size() == 4 && subjects(robot).getFirst().equals("RE: Quarterly numbers"));

        String head = "\u25b8 RE: Quarterly numbers (2, 1 unread)";
        until(() -> fx(() -> robot.lookup(head).tryQuery()).isPresent()); // the cell shows the new rows a pulse later
        robot.clickOn(fx(() -> robot.lookup(head).<javafx.scene.Node>query())).type(KeyCode.RIGHT);
        until(() -> subjects(robot).equals(List.of("RE: Quarterly numbers", "Quarterly numbers",
                "RE: Quarterly numbers", "Script and tracker", "Lunch on Friday?", "Release notes 0.1")));
        robot.type(KeyCode.LEFT);
        until(() -> subjects(robot).size() == 4);
    }

    @SuppressWarnings("unchecked")
    private static List<String> subjects(FxRobot robot) {
        TableView<ItemRow> table = fx(() -> robot.lookup("#itemList").queryAs(TableView.class));
        return fx(() -> table.getItems().stream()
                .map(row -> row.data() == null ? "" : row.data().summary().subject()).toList());
    }
}
