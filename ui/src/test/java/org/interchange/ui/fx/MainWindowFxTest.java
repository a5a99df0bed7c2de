package org.interchange.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Worker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.ui.FxTaskExecutor;
import org.interchange.ui.MainWindow;
import org.interchange.ui.Screenshots;
import org.interchange.ui.folders.FolderNode;
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
import org.w3c.dom.Document;

/** The main window on a real H2 cache, driven with the mouse on a real (X) display. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*:\\d+(\\.\\d+)?")
class MainWindowFxTest {
    @TempDir
    Path dir;

    private final AtomicInteger remoteHits = new AtomicInteger();
    private HttpServer server;
    private ExecutorService background;
    private H2CacheStore store;
    private MainWindow window;
    private SyncStatusViewModel syncStatus;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            remoteHits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        String tracker = "http://127.0.0.1:" + server.getAddress().getPort() + "/track.png";
        store = H2Fixture.seeded(dir.resolve("profile"), tracker);
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-test-background");
            t.setDaemon(true);
            return t;
        });
        FxTaskExecutor executor = new FxTaskExecutor(background);
        syncStatus = new SyncStatusViewModel(executor);
        window = new MainWindow(store, store, org.interchange.cache.h2.H2MailCache.of(store), executor, syncStatus);
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
    void foldersAreListedInboxFirstWithUnreadCounts(FxRobot robot) {
        TreeView<FolderNode> tree = robot.lookup("#folderTree").queryAs(TreeView.class);
        waitFor(() -> tree.getRoot().getChildren().size() == 1);

        List<String> names = fx(() -> tree.getRoot().getChildren().getFirst().getChildren().stream()
                .map(TreeItem::getValue).map(FolderNode::label).toList());
        assertThat(names).containsExactly("Inbox", "Sent Items", "Deleted Items", "Calendar", "Contacts", "Tasks",
                "Notes");
        FolderNode inbox = fx(() -> tree.getRoot().getChildren().getFirst().getChildren().getFirst().getValue());
        assertThat(inbox.unreadCount()).isEqualTo(2);
        assertThat(inbox.children()).extracting(FolderNode::label).containsExactly("Projects");
        Label inboxName = robot.lookup(".folder-name").match((Label l) -> l.getText().equals("Inbox")).query();
        assertThat(inboxName.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(robot.lookup(".unread-badge").match((Label l) -> l.getText().equals("2")).tryQuery()).isPresent();
    }

    @Test
    void aFolderOpenedEmptyShowsItsItemsWhenTheyArrive(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        robot.clickOn("Deleted Items");
        waitFor(() -> subjects(robot).isEmpty());
        H2Fixture.fill(store.storage(H2Fixture.ACCOUNT), "deleted", H2Fixture.mail("d1", "Old newsletter",
                "News <news@example.org>", java.time.Instant.now(), true, "Gone.", null, List.of()));
        waitForSubjects(robot, "Old newsletter");
    }

    @Test
    void clickingAFolderListsItsItems(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");

        robot.clickOn("Sent Items");
        waitForSubjects(robot, "Re: Lunch on Friday?");
        assertThat(subjects(robot)).containsExactly("Re: Lunch on Friday?");

        robot.clickOn("Inbox");
        waitForSubjects(robot, "Quarterly numbers");
        assertThat(subjects(robot)).containsExactly("Quarterly numbers", "Script and tracker", "Lunch on Friday?",
                "Release notes 0.1");
        assertThat(robot.lookup("Lunch on Friday?").tryQuery()).isPresent();
        assertThat(robot.lookup("#folderSummary").queryAs(Label.class).getText()).isEqualTo("4 items, 2 unread");
    }

    @Test
    void sortingBySubjectRereadsTheFolder(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        robot.clickOn("Subject");
        waitFor(() -> subjects(robot).size() == 4 && subjects(robot).getFirst().equals("Lunch on Friday?"));
        assertThat(subjects(robot)).containsExactly("Lunch on Friday?", "Quarterly numbers", "Release notes 0.1",
                "Script and tracker");
        assertThat(subjectsFromCache(ItemSort.SUBJECT)).isEqualTo(subjects(robot));
    }

    @Test
    void openingAMessageShowsItsHeaderBodyAndAttachments(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        robot.clickOn("Quarterly numbers");

        waitFor(() -> bodyText(robot).contains("Hello from the body."));
        assertThat(bodyText(robot)).contains("The numbers are in.");
        assertThat(robot.lookup("#readingSubject").queryAs(Label.class).getText()).isEqualTo("Quarterly numbers");
        assertThat(robot.lookup("Bob Builder <bob@example.org>").tryQuery()).isPresent();
        assertThat(robot.lookup(".attachment-chip").queryAs(javafx.scene.control.Button.class).getText()).startsWith("numbers.xlsx");
    }

    @Test
    void scriptsDoNotRunAndRemoteImagesAreNotLoaded(FxRobot robot) throws Exception {
        waitForSubjects(robot, "Script and tracker");
        robot.clickOn("Script and tracker");
        waitFor(() -> bodyText(robot).contains("Safe text"));
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);

        WebEngine engine = robot.lookup("#readingBody").queryAs(WebView.class).getEngine();
        assertThat(fx(engine::isJavaScriptEnabled)).isFalse();
        assertThat(fx(engine::getTitle)).isNotEqualTo("pwned").isNotEqualTo("pwned2");
        assertThat(bodyText(robot)).contains("Safe text", "styled").doesNotContain("SCRIPT RAN");
        assertThat(fx(() -> engine.getDocument().getElementsByTagName("script").getLength())).isZero();
        assertThat(remoteHits.get()).as("requests to the remote image").isZero();
        assertThat(robot.lookup("#remoteContentBlocked").queryAs(Label.class).isVisible()).isTrue();

        // The same HTML unsanitized does reach the server, so the zero above means something.
        String raw = fx(() -> store.item(idOf("Script and tracker")).orElseThrow().bodyHtml());
        WebView control = fx(() -> {
            WebView view = new WebView();
            view.getEngine().setJavaScriptEnabled(false);
            view.getEngine().loadContent(raw);
            return view;
        });
        waitFor(() -> remoteHits.get() > 0);
        assertThat(control).isNotNull();
    }

    @Test
    void linksAreHandedToTheLinkHandlerNotFollowed(FxRobot robot) {
        List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        window.setLinkHandler(opened::add);
        waitForSubjects(robot, "Release notes 0.1");
        robot.clickOn("Release notes 0.1");
        waitFor(() -> bodyText(robot).contains("offline cache"));

        String link = "http://127.0.0.1:" + server.getAddress().getPort() + "/page.html";
        WebEngine engine = robot.lookup("#readingBody").queryAs(WebView.class).getEngine();
        robot.interact(() -> engine.load(link));

        waitFor(() -> opened.contains(link));
        waitFor(() -> bodyText(robot).contains("offline cache"));
    }

    @Test
    void anUnreadMessageIsMarkedReadAfterAMoment(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        long id = idOf("Quarterly numbers");
        robot.clickOn("Quarterly numbers");

        waitFor(() -> store.item(id).orElseThrow().summary().read());
        waitFor(() -> robot.lookup(".unread-badge").match((Label l) -> l.getText().equals("1")).tryQuery()
                .isPresent());

        robot.type(javafx.scene.input.KeyCode.M);
        waitFor(() -> !store.item(id).orElseThrow().summary().read());
    }

    @Test
    void calendarContactsTasksAndNotesOpenTheirOwnViews(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");

        robot.clickOn("Calendar");
        showMonthWithStandup(robot);

        robot.clickOn("Contacts");
        waitFor(() -> robot.lookup("#contactList").tryQuery().isPresent()
                && robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Ada Lovelace")).tryQuery().isPresent());
        robot.clickOn((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Ada Lovelace"));
        waitFor(() -> robot.lookup("ada@example.org").tryQuery().isPresent());
        assertThat(robot.lookup("Analytical Engines").tryQuery()).isPresent();
        assertThat(robot.lookup("+44 20 7946 0000").tryQuery()).isPresent();

        robot.clickOn("Tasks");
        waitFor(() -> robot.lookup("Write the user guide").tryQuery().isPresent());
        waitFor(() -> robot.lookup("In progress").tryQuery().isPresent());
        assertThat(robot.lookup("40 %").tryQuery()).isPresent();

        robot.clickOn("Notes");
        waitFor(() -> robot.lookup("Parking level 3").tryQuery().isPresent());
        assertThat(robot.lookup("#noteColor3").tryQuery()).isPresent();
    }

    @Test
    void theSearchBoxFindsMailAndContactsAndOpensAResult(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        robot.clickOn("#searchBox").write("numbers");
        javafx.scene.control.ListView<?> results = robot.lookup("#searchResults").queryAs(javafx.scene.control.ListView.class);
        java.util.function.Supplier<java.util.Optional<Label>> result = () -> robot.lookup(".result-subject")
                .match((Label l) -> l.getScene() != null && l.isVisible() && "Quarterly numbers".equals(l.getText()))
                .tryQueryAs(Label.class);
        waitFor(() -> results.getItems().size() == 1 && result.get().isPresent());
        fx(() -> { // cells are re-made as the list lays out, so select the row rather than click a cell
            results.getSelectionModel().select(0);
            return null;
        });
        waitFor(() -> bodyText(robot).contains("The numbers are in."));

        robot.doubleClickOn("#searchBox").write("ada");
        waitFor(() -> results.getItems().size() == 1
                && robot.lookup("Ada Lovelace").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitForSubjects(robot, "Quarterly numbers");
        assertThat(robot.lookup("#searchResults").tryQuery()).isEmpty();
    }

    @Test
    void flagDeleteAndDragToAFolderChangeTheCache(FxRobot robot) {
        waitForSubjects(robot, "Lunch on Friday?");
        long lunch = idOf("Lunch on Friday?");
        boolean flagged = store.item(lunch).orElseThrow().summary().flagged();
        robot.clickOn("Lunch on Friday?").type(javafx.scene.input.KeyCode.S);
        waitFor(() -> store.item(lunch).orElseThrow().summary().flagged() != flagged);

        robot.drag("Release notes 0.1").dropTo(robot.lookup(".folder-name")
                .match((Label l) -> "Sent Items".equals(l.getText())).queryAs(Label.class));
        waitFor(() -> !subjects(robot).contains("Release notes 0.1"));
        CachedFolder sent = store.folders(H2Fixture.ACCOUNT).stream()
                .filter(f -> f.displayName().equals("Sent Items")).findFirst().orElseThrow();
        assertThat(store.items(sent.id(), ItemSort.DATE_DESC, 0, 10)).extracting(ItemSummary::subject)
                .contains("Release notes 0.1");

        robot.clickOn("Lunch on Friday?").type(javafx.scene.input.KeyCode.DELETE);
        waitFor(() -> !subjects(robot).contains("Lunch on Friday?"));
    }

    @Test
    void aFailedSyncOffersARetry(FxRobot robot) {
        java.util.concurrent.atomic.AtomicInteger retries = new java.util.concurrent.atomic.AtomicInteger();
        fx(() -> {
            window.setOnRefresh(retries::incrementAndGet);
            return null;
        });
        syncStatus.syncStarted(H2Fixture.ACCOUNT);
        syncStatus.folderFailed("inbox", new IllegalStateException("server said no"));
        syncStatus.syncFinished(H2Fixture.ACCOUNT, null);
        waitFor(() -> robot.lookup("#retrySync").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).contains("server said no");
        robot.clickOn("#retrySync");
        waitFor(() -> retries.get() == 1);
    }

    @Test
    void statusBarFollowsTheSync(FxRobot robot) {
        syncStatus.setOnline(true);
        syncStatus.syncStarted(H2Fixture.ACCOUNT);
        syncStatus.folderStarted("inbox", "Inbox", 10);
        syncStatus.folderProgress("inbox", 5, 10, 100);
        waitFor(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText()
                .equals("Synchronizing Inbox: 5 of 10 (100 B)"));
        assertThat(robot.lookup("#onlineState").queryAs(Label.class).getText()).isEqualTo("Online");
        assertThat(robot.lookup("#syncProgress").query().isVisible()).isTrue();
        // each folder of the sync with its items and bytes
        javafx.scene.control.MenuButton folders = robot.lookup("#syncFolders").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(folders.isVisible()).isTrue();
        assertThat(folders.getText()).isEqualTo("0 of 1 folder");
        syncStatus.folderFinished("inbox");
        syncStatus.folderStarted("cal", "Calendar", -1);
        waitFor(() -> "1 of 2 folders".equals(fx(folders::getText)));
        assertThat(fx(() -> folders.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList()))
                .containsExactly("Inbox — 10 of 10 items, 100 B", "Calendar — 0 items, 0 B");
    }

    @Test
    void writesScreenshotsOfTheMainWindow(FxRobot robot) throws Exception {
        waitForSubjects(robot, "Release notes 0.1");
        robot.clickOn("Release notes 0.1");
        waitFor(() -> bodyText(robot).contains("offline cache"));
        syncStatus.setOnline(true);
        WaitForAsyncUtils.waitForFxEvents();
        Path light = Path.of("target", "screenshots", "main-window.png");
        Screenshots.write(stage.getScene(), light);

        robot.clickOn("#darkModeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        Path dark = Path.of("target", "screenshots", "main-window-dark.png");
        Screenshots.write(stage.getScene(), dark);
        robot.clickOn("#darkModeToggle");

        robot.clickOn("Calendar");
        showMonthWithStandup(robot);
        Path calendar = Path.of("target", "screenshots", "calendar.png");
        Screenshots.write(stage.getScene(), calendar);

        for (Path png : List.of(light, dark, calendar)) {
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes.length).isGreaterThan(10_000);
            assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    /** The calendar folder opens CalendarFX; its month page shows the daily series from tomorrow on. */
    private static void showMonthWithStandup(FxRobot robot) {
        com.calendarfx.view.CalendarView view = robot.lookup("#calendarView").queryAs(com.calendarfx.view.CalendarView.class);
        fx(() -> {
            view.showMonthPage();
            return null;
        });
        waitFor(() -> robot.lookup("Team standup").tryQuery().isPresent());
        assertThat(robot.lookup("#itemList").tryQuery().map(javafx.scene.Node::getScene)).isEmpty();
    }

    private long idOf(String subject) {
        CachedFolder inbox = store.folders(H2Fixture.ACCOUNT).stream()
                .filter(f -> f.displayName().equals("Inbox")).findFirst().orElseThrow();
        return store.items(inbox.id(), ItemSort.DATE_DESC, 0, 100).stream()
                .filter(s -> s.subject().equals(subject)).mapToLong(ItemSummary::id).findFirst().orElseThrow();
    }

    private List<String> subjectsFromCache(ItemSort sort) {
        CachedFolder inbox = store.folders(H2Fixture.ACCOUNT).stream()
                .filter(f -> f.displayName().equals("Inbox")).findFirst().orElseThrow();
        return store.items(inbox.id(), sort, 0, 100).stream().map(ItemSummary::subject).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> subjects(FxRobot robot) {
        TableView<ItemRow> table = robot.lookup("#itemList").queryAs(TableView.class);
        return fx(() -> table.getItems().stream()
                .map(row -> row.data() == null ? "" : row.data().summary().subject()).toList());
    }

    private static void waitForSubjects(FxRobot robot, String subject) {
        waitFor(() -> subjects(robot).contains(subject));
    }

    private static String bodyText(FxRobot robot) {
        WebView view = robot.lookup("#readingBody").queryAs(WebView.class);
        return fx(() -> {
            Document doc = view.getEngine().getDocument();
            boolean done = view.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED;
            return doc == null || !done ? "" : doc.getDocumentElement().getTextContent();
        });
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
