package org.interchange.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.ui.fx.FxWait.fx;
import static org.interchange.ui.fx.FxWait.until;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    /** The window's own preferences (dark mode, categories), so the tests leave the user's alone. */
    private final java.util.prefs.Preferences preferences = java.util.prefs.Preferences.userRoot()
            .node("interchange-test/ui-" + java.util.UUID.randomUUID());

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
        window = new MainWindow(store, store, org.interchange.cache.h2.H2MailCache.of(store), executor, syncStatus,
                preferences);
        window.show(stage);
    }

    @Stop
    void stop() throws Exception {
        window.dispose();
        background.shutdownNow();
        store.close();
        server.stop(0);
        preferences.removeNode();
    }

    @Test
    void foldersAreListedInboxFirstWithUnreadCounts(FxRobot robot) {
        TreeView<FolderNode> tree = fx(() -> robot.lookup("#folderTree").queryAs(TreeView.class));
        until(() -> tree.getRoot().getChildren().size() == 1);

        List<String> names = fx(() -> tree.getRoot().getChildren().getFirst().getChildren().stream()
                .map(TreeItem::getValue).map(FolderNode::label).toList());
        assertThat(names).containsExactly("Inbox", "Sent Items", "Deleted Items", "Calendar", "Contacts", "Tasks",
                "Notes");
        FolderNode inbox = fx(() -> tree.getRoot().getChildren().getFirst().getChildren().getFirst().getValue());
        assertThat(inbox.unreadCount()).isEqualTo(2);
        assertThat(inbox.children()).extracting(FolderNode::label).containsExactly("Projects");
        Label inboxName = fx(() -> robot.lookup(".folder-name").match((Label l) -> l.getText().equals("Inbox")).query());
        assertThat(inboxName.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(fx(() -> robot.lookup(".unread-badge").match((Label l) -> l.getText().equals("2")).tryQuery())).isPresent();
    }

    @Test
    void aFolderOpenedEmptyShowsItsItemsWhenTheyArrive(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        robot.clickOn("Deleted Items");
        until(() -> subjects(robot).isEmpty());
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
        assertThat(fx(() -> robot.lookup("Lunch on Friday?").tryQuery())).isPresent();
        assertThat(fx(() -> robot.lookup("#folderSummary").queryAs(Label.class)).getText()).isEqualTo("4 items, 2 unread");
    }

    @Test
    void sortingBySubjectRereadsTheFolder(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        robot.clickOn("Subject");
        until(() -> subjects(robot).size() == 4 && subjects(robot).getFirst().equals("Lunch on Friday?"));
        assertThat(subjects(robot)).containsExactly("Lunch on Friday?", "Quarterly numbers", "Release notes 0.1",
                "Script and tracker");
        assertThat(subjectsFromCache(ItemSort.SUBJECT)).isEqualTo(subjects(robot));
    }

    @Test
    void openingAMessageShowsItsHeaderBodyAndAttachments(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        robot.clickOn("Quarterly numbers");

        until(() -> bodyText(robot).contains("Hello from the body."));
        assertThat(bodyText(robot)).contains("The numbers are in.");
        assertThat(fx(() -> robot.lookup("#readingSubject").queryAs(Label.class)).getText()).isEqualTo("Quarterly numbers");
        assertThat(fx(() -> robot.lookup("Bob Builder <bob@example.org>").tryQuery())).isPresent();
        assertThat(fx(() -> robot.lookup(".attachment-chip").queryAs(javafx.scene.control.Button.class)).getText()).startsWith("numbers.xlsx");
    }

    @Test
    void scriptsDoNotRunAndRemoteImagesAreNotLoaded(FxRobot robot) throws Exception {
        waitForSubjects(robot, "Script and tracker");
        robot.clickOn("Script and tracker");
        until(() -> bodyText(robot).contains("Safe text"));
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);

        WebEngine engine = fx(() -> robot.lookup("#readingBody").queryAs(WebView.class).getEngine());
        assertThat(fx(engine::isJavaScriptEnabled)).isFalse();
        assertThat(fx(engine::getTitle)).isNotEqualTo("pwned").isNotEqualTo("pwned2");
        assertThat(bodyText(robot)).contains("Safe text", "styled").doesNotContain("SCRIPT RAN");
        assertThat(fx(() -> engine.getDocument().getElementsByTagName("script").getLength())).isZero();
        assertThat(remoteHits.get()).as("requests to the remote image").isZero();
        assertThat(fx(() -> robot.lookup("#remoteContentBlocked").queryAs(Label.class)).isVisible()).isTrue();

        // The same HTML unsanitized does reach the server, so the zero above means something.
        String raw = fx(() -> store.item(idOf("Script and tracker")).orElseThrow().bodyHtml());
        WebView control = fx(() -> {
            WebView view = new WebView();
            view.getEngine().setJavaScriptEnabled(false);
            view.getEngine().loadContent(raw);
            return view;
        });
        until(() -> remoteHits.get() > 0);
        assertThat(control).isNotNull();
    }

    @Test
    void linksAreHandedToTheLinkHandlerNotFollowed(FxRobot robot) {
        List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        window.setLinkHandler(opened::add);
        waitForSubjects(robot, "Release notes 0.1");
        robot.clickOn("Release notes 0.1");
        until(() -> bodyText(robot).contains("offline cache"));

        String link = "http://127.0.0.1:" + server.getAddress().getPort() + "/page.html";
        WebEngine engine = fx(() -> robot.lookup("#readingBody").queryAs(WebView.class).getEngine());
        robot.interact(() -> engine.load(link));

        until(() -> opened.contains(link));
        until(() -> bodyText(robot).contains("offline cache"));
    }

    @Test
    void anUnreadMessageIsMarkedReadAfterAMoment(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        long id = idOf("Quarterly numbers");
        robot.clickOn("Quarterly numbers");

        until(() -> store.item(id).orElseThrow().summary().read());
        until(() -> fx(() -> robot.lookup(".unread-badge").match((Label l) -> l.getText().equals("1")).tryQuery())
                .isPresent());

        robot.type(javafx.scene.input.KeyCode.M);
        until(() -> !store.item(id).orElseThrow().summary().read());
    }

    @Test
    void calendarContactsTasksAndNotesOpenTheirOwnViews(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");

        robot.clickOn("Calendar");
        showMonthWithStandup(robot);

        robot.clickOn("Contacts");
        until(() -> fx(() -> robot.lookup("#contactList").tryQuery()).isPresent()
                && fx(() -> robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Ada Lovelace")).tryQuery()).isPresent());
        robot.clickOn((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Ada Lovelace"));
        until(() -> fx(() -> robot.lookup("ada@example.org").tryQuery()).isPresent());
        assertThat(fx(() -> robot.lookup("Analytical Engines").tryQuery())).isPresent();
        assertThat(fx(() -> robot.lookup("+44 20 7946 0000").tryQuery())).isPresent();

        robot.clickOn("Tasks");
        until(() -> fx(() -> robot.lookup("Write the user guide").tryQuery()).isPresent());
        until(() -> fx(() -> robot.lookup("In progress").tryQuery()).isPresent());
        assertThat(fx(() -> robot.lookup("40 %").tryQuery())).isPresent();

        robot.clickOn("Notes");
        until(() -> fx(() -> robot.lookup("Parking level 3").tryQuery()).isPresent());
        assertThat(fx(() -> robot.lookup("#noteColor3").tryQuery())).isPresent();
    }

    @Test
    void theSearchBoxFindsMailAndContactsAndOpensAResult(FxRobot robot) {
        waitForSubjects(robot, "Quarterly numbers");
        robot.clickOn("#searchBox").write("numbers");
        javafx.scene.control.ListView<?> results = fx(() -> robot.lookup("#searchResults").queryAs(javafx.scene.control.ListView.class));
        java.util.function.Supplier<java.util.Optional<Label>> result = () -> fx(() -> robot.lookup(".result-subject")
                .match((Label l) -> l.getScene() != null && l.isVisible() && "Quarterly numbers".equals(l.getText()))
                .tryQueryAs(Label.class));
        until(() -> results.getItems().size() == 1 && result.get().isPresent());
        fx(() -> { // cells are re-made as the list lays out, so select the row rather than click a cell
            results.getSelectionModel().select(0);
            return null;
        });
        until(() -> bodyText(robot).contains("The numbers are in."));

        robot.doubleClickOn("#searchBox").write("ada");
        until(() -> results.getItems().size() == 1
                && fx(() -> robot.lookup("Ada Lovelace").tryQuery()).isPresent());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitForSubjects(robot, "Quarterly numbers");
        assertThat(fx(() -> robot.lookup("#searchResults").tryQuery())).isEmpty();
    }

    @Test
    void flagDeleteAndDragToAFolderChangeTheCache(FxRobot robot) {
        waitForSubjects(robot, "Lunch on Friday?");
        long lunch = idOf("Lunch on Friday?");
        boolean flagged = store.item(lunch).orElseThrow().summary().flagged();
        robot.clickOn("Lunch on Friday?").type(javafx.scene.input.KeyCode.S);
        until(() -> store.item(lunch).orElseThrow().summary().flagged() != flagged);

        robot.drag("Release notes 0.1").dropTo(fx(() -> robot.lookup(".folder-name")
                .match((Label l) -> "Sent Items".equals(l.getText())).queryAs(Label.class)));
        until(() -> !subjects(robot).contains("Release notes 0.1"));
        CachedFolder sent = store.folders(H2Fixture.ACCOUNT).stream()
                .filter(f -> f.displayName().equals("Sent Items")).findFirst().orElseThrow();
        assertThat(store.items(sent.id(), ItemSort.DATE_DESC, 0, 10)).extracting(ItemSummary::subject)
                .contains("Release notes 0.1");

        robot.clickOn("Lunch on Friday?").type(javafx.scene.input.KeyCode.DELETE);
        until(() -> !subjects(robot).contains("Lunch on Friday?"));
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
        until(() -> fx(() -> robot.lookup("#retrySync").tryQuery()).map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(fx(() -> robot.lookup("#statusMessage").queryAs(Label.class)).getText()).contains("server said no");
        robot.clickOn("#retrySync");
        until(() -> retries.get() == 1);
    }

    @Test
    void statusBarFollowsTheSync(FxRobot robot) {
        syncStatus.setOnline(true);
        syncStatus.syncStarted(H2Fixture.ACCOUNT);
        syncStatus.folderStarted("inbox", "Inbox", 10);
        syncStatus.folderProgress("inbox", 5, 10, 100);
        until(() -> fx(() -> robot.lookup("#statusMessage").queryAs(Label.class)).getText()
                .equals("Synchronizing Inbox: 5 of 10 (100 B)"));
        assertThat(fx(() -> robot.lookup("#onlineState").queryAs(Label.class)).getText()).isEqualTo("Online");
        assertThat(fx(() -> robot.lookup("#syncProgress").queryAs(javafx.scene.Node.class)).isVisible()).isTrue();
        // each folder of the sync with its items and bytes
        javafx.scene.control.MenuButton folders = fx(() -> robot.lookup("#syncFolders").queryAs(javafx.scene.control.MenuButton.class));
        assertThat(folders.isVisible()).isTrue();
        assertThat(folders.getText()).isEqualTo("0 of 1 folder");
        syncStatus.folderFinished("inbox");
        syncStatus.folderStarted("cal", "Calendar", -1);
        until(() -> "1 of 2 folders".equals(fx(folders::getText)));
        assertThat(fx(() -> folders.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList()))
                .containsExactly("Inbox — 10 of 10 items, 100 B", "Calendar — 0 items, 0 B");
    }

    @Test
    void writesScreenshotsOfTheMainWindow(FxRobot robot) throws Exception {
        waitForSubjects(robot, "Release notes 0.1");
        // categories as Outlook gives them, one the category list does not know
        store.setCategories(idOf("Release notes 0.1"), List.of("Blue category", "Green category"));
        store.setCategories(idOf("Quarterly numbers"), List.of("Red category"));
        store.setCategories(idOf("Lunch on Friday?"), List.of("Purple category", "Travel"));
        until(() -> fx(() -> robot.lookup("#itemList .category-chip").queryAll().size()) == 5);
        robot.clickOn("Release notes 0.1");
        until(() -> bodyText(robot).contains("offline cache"));
        until(() -> fx(() -> robot.lookup("#readingCategories .category-chip").queryAll().size()) == 2);
        syncStatus.setOnline(true);
        WaitForAsyncUtils.waitForFxEvents();
        Path light = Path.of("target", "screenshots", "main-window.png");
        Screenshots.write(stage.getScene(), light);
        Screenshots.write(stage.getScene(), Path.of("..", "docs", "screenshots", "mail.png"));

        // the tool bar's moon sits in its overflow menu at this width: switch as the toggle does
        fx(() -> {
            window.darkModeProperty().set(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path dark = Path.of("target", "screenshots", "main-window-dark.png");
        Screenshots.write(stage.getScene(), dark);
        Screenshots.write(stage.getScene(), Path.of("..", "docs", "screenshots", "mail-dark.png"));
        fx(() -> {
            window.darkModeProperty().set(false);
            return null;
        });

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
        com.calendarfx.view.CalendarView view = fx(() -> robot.lookup("#calendarView").queryAs(com.calendarfx.view.CalendarView.class));
        fx(() -> {
            view.showMonthPage();
            return null;
        });
        until(() -> fx(() -> robot.lookup("Team standup").tryQuery()).isPresent());
        assertThat(fx(() -> robot.lookup("#itemList").tryQuery()).map(javafx.scene.Node::getScene)).isEmpty();
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
        TableView<ItemRow> table = fx(() -> robot.lookup("#itemList").queryAs(TableView.class));
        return fx(() -> table.getItems().stream()
                .map(row -> row.data() == null ? "" : row.data().summary().subject()).toList());
    }

    private static void waitForSubjects(FxRobot robot, String subject) {
        until(() -> subjects(robot).contains(subject));
    }

    private static String bodyText(FxRobot robot) {
        WebView view = fx(() -> robot.lookup("#readingBody").queryAs(WebView.class));
        return fx(() -> {
            Document doc = view.getEngine().getDocument();
            boolean done = view.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED;
            return doc == null || !done ? "" : doc.getDocumentElement().getTextContent();
        });
    }
}
