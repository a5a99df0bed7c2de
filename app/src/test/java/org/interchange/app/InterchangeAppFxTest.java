package org.interchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.interchange.mapi.server.EmbeddedDemoServer;
import org.interchange.ui.Screenshots;
import org.interchange.ui.items.ItemRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole client as a user starts it: the embedded demo server, the account, the sync into a
 * real H2 file and the window on a real X display; then a restart without any server.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*:\\d+(\\.\\d+)?")
class InterchangeAppFxTest {
    /** Topics the demo generator writes mail about (mapi-server's demo data). */
    private static final List<String> DEMO_TOPICS = List.of("Release 4.2 planning",
            "Flaky integration tests on the nightly build", "Code review: session handling", "Offsite agenda",
            "Budget for Q1 tooling", "Onboarding checklist", "Performance regression in search");

    @TempDir
    Path profile;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void syncsTheDemoMailboxAndStillShowsItOfflineAfterARestart() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(InterchangeApplication.class, "--profile", profile.toString());
        waitFor(120, () -> "Up to date".equals(text("#statusMessage")));
        assertThat(text("#onlineState")).isEqualTo("Online");

        clickFolder("Inbox");
        waitFor(90, () -> subjects().stream().anyMatch(InterchangeAppFxTest::isDemoSubject));
        assertThat(subjects().size()).isGreaterThan(100);
        robot.clickOn(subjects().stream().filter(InterchangeAppFxTest::isDemoSubject).findFirst().orElseThrow());
        waitFor(90, () -> !text("#readingSubject").isBlank());
        Screenshots.write(stage.getScene(), Path.of("..", "docs", "screenshot.png"));
        sendsAMessageThatTheServerDelivers(stage);
        for (String view : List.of("Calendar", "Contacts", "Tasks", "Notes")) {
            clickFolder(view);
            if (view.equals("Calendar")) { // calendar folders open the CalendarFX views, not the item list
                waitFor(90, () -> fx(() -> robot.lookup("#calendarView").tryQuery()).isPresent());
                WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
                Screenshots.write(stage.getScene(), Path.of("..", "docs", "screenshots", "calendar.png"));
                continue;
            }
            // contacts, tasks and notes open their own views: select the first entry of each
            String list = switch (view) {
                case "Contacts" -> "#contactList";
                case "Tasks" -> "#taskTable";
                default -> "#noteList";
            };
            waitFor(90, () -> fx(() -> robot.lookup(list).tryQuery()).map(n -> fx(() -> n instanceof TableView<?> t
                    ? !t.getItems().isEmpty() : !((javafx.scene.control.ListView<?>) n).getItems().isEmpty()))
                    .orElse(false));
            javafx.scene.Node shown = fx(() -> robot.lookup(list).query());
            fx(() -> {
                if (shown instanceof TableView<?> t) {
                    t.getSelectionModel().select(0);
                } else {
                    ((javafx.scene.control.ListView<?>) shown).getSelectionModel().select(0);
                }
                return null;
            });
            WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS); // let the card, photo and editor paint
            Screenshots.write(stage.getScene(), Path.of("..", "docs", "screenshots", view.toLowerCase() + ".png"));
        }

        FxToolkit.cleanupApplication(app);
        app = FxToolkit.setupApplication(InterchangeApplication.class, "--profile", profile.toString(), "--offline");
        assertThat(text("#onlineState")).isEqualTo("Offline");
        clickFolder("Inbox");
        waitFor(90, () -> subjects().stream().anyMatch(InterchangeAppFxTest::isDemoSubject));
        clickFolder("Calendar");
        waitFor(90, () -> fx(() -> robot.lookup("#calendarView").tryQuery()).isPresent());
    }

    @Test
    void connectsToAnotherServerWithTheUserNameAndThePasswordTypedInTheDialog() throws Exception {
        try (EmbeddedDemoServer other = EmbeddedDemoServer.start(profile.resolve("other-server"))) {
            FxToolkit.registerPrimaryStage();
            app = FxToolkit.setupApplication(InterchangeApplication.class, "--profile",
                    profile.resolve("client").toString(), "--server", other.emsmdbUri().toString(),
                    "--user", other.user());
            waitFor(90, () -> fx(() -> robot.lookup(".password-field").tryQuery()).isPresent());
            robot.clickOn(".password-field").write(other.password()).type(KeyCode.ENTER);
            waitFor(120, () -> "Up to date".equals(text("#statusMessage")));
            assertThat(text("#onlineState")).isEqualTo("Online");
            clickFolder("Inbox");
            waitFor(90, () -> subjects().stream().anyMatch(InterchangeAppFxTest::isDemoSubject));
        }
    }

    @Test
    void setsUpAnAccountFromAnAddressAndAPasswordByAutodiscover() throws Exception {
        try (EmbeddedDemoServer server = EmbeddedDemoServer.start(profile.resolve("server"))) {
            Stage stage = FxToolkit.registerPrimaryStage();
            app = FxToolkit.setupApplication(InterchangeApplication.class, "--setup", "--profile",
                    profile.resolve("client").toString(), "--autodiscover",
                    server.baseUri().resolve("autodiscover/autodiscover.xml").toString());
            waitFor(60, () -> fx(() -> robot.lookup("#setupEmail").tryQuery()).isPresent());
            robot.clickOn("#setupEmail").write(server.emailAddress());
            robot.clickOn("#setupPassword").write("not the password");
            robot.clickOn("#setupNext");
            waitFor(60, () -> text("#setupMessage").contains("enter the server by hand"));
            Screenshots.write(fx(() -> robot.lookup("#setupEmail").queryAs(javafx.scene.Node.class)).getScene(), Path.of("..", "docs", "screenshots", "setup.png"));
            assertThat(text("#setupMessage")).startsWith("The server for ").contains("did not accept");

            robot.clickOn("#setupPassword").eraseText("not the password".length()).write(server.password());
            robot.clickOn("#setupServer").write(server.emsmdbUri().toString());
            robot.doubleClickOn("#setupUser").eraseText(server.emailAddress().length()).write(server.user());
            robot.clickOn("#setupNext");
            waitFor(60, () -> fx(() -> robot.lookup("#syncScopeLAST_6_MONTHS").tryQuery()).map(javafx.scene.Node::isVisible)
                    .orElse(false));
            robot.clickOn("#syncScopeLAST_6_MONTHS");
            Screenshots.write(fx(() -> robot.lookup("#setupNext").queryAs(javafx.scene.Node.class)).getScene(),
                    Path.of("..", "docs", "screenshots", "setup-sync.png"));
            robot.clickOn("#setupNext");
            waitFor(120, () -> "Up to date".equals(text("#statusMessage")));
            assertThat(text("#onlineState")).isEqualTo("Online");
            clickFolder("Inbox");
            waitFor(90, () -> subjects().stream().anyMatch(InterchangeAppFxTest::isDemoSubject));
            assertThat(stage.isShowing()).isTrue();
            assertThat(java.nio.file.Files.readString(profile.resolve("client").resolve("sync.properties")))
                    .contains("syncScope=LAST_6_MONTHS");
        }
    }

    @Test
    void findsTheServerByAutodiscoverWithTheRightPassword() throws Exception {
        try (EmbeddedDemoServer server = EmbeddedDemoServer.start(profile.resolve("server"))) {
            FxToolkit.registerPrimaryStage();
            app = FxToolkit.setupApplication(InterchangeApplication.class, "--setup", "--profile",
                    profile.resolve("client").toString(), "--autodiscover",
                    server.baseUri().resolve("autodiscover/autodiscover.xml").toString());
            waitFor(60, () -> fx(() -> robot.lookup("#setupEmail").tryQuery()).isPresent());
            robot.clickOn("#setupEmail").write(server.emailAddress());
            robot.clickOn("#setupPassword").write(server.password());
            robot.clickOn("#setupNext");
            waitFor(60, () -> fx(() -> robot.lookup("#syncScopeALL").tryQuery()).map(javafx.scene.Node::isVisible).orElse(false));
            robot.clickOn("#setupNext");
            waitFor(120, () -> "Up to date".equals(text("#statusMessage")));
            clickFolder("Inbox");
            waitFor(90, () -> subjects().stream().anyMatch(InterchangeAppFxTest::isDemoSubject));
        }
    }

    /**
     * Ctrl+N, a message to the account's own address, Ctrl+Enter: the sync engine submits it to the demo
     * server, which delivers it to the same mailbox, and the next sync brings it into the Inbox.
     */
    private void sendsAMessageThatTheServerDelivers(Stage stage) throws Exception {
        String subject = "Sent from the app test " + System.nanoTime();
        clickFolder("Inbox");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitFor(60, () -> fx(() -> robot.lookup("#composeSubject").tryQuery()).isPresent());
        String me = text("#composeFrom");
        assertThat(me).contains("@");
        robot.clickOn("#composeTo").write(me);
        robot.clickOn("#composeSubject").write(subject);
        javafx.scene.web.HTMLEditor body = fx(() -> robot.lookup("#composeHtml").queryAs(javafx.scene.web.HTMLEditor.class));
        fx(() -> {
            body.setHtmlText("<p>Hello from the <b>compose window</b>.</p><p>Sent through the demo server.</p>");
            return null;
        });
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // let the editor's WebView paint
        javafx.stage.Window compose = fx(() -> robot.lookup("#composeSubject").queryAs(javafx.scene.Node.class)).getScene().getWindow();
        Screenshots.write(compose.getScene(), Path.of("..", "docs", "screenshots", "compose.png"));
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitFor(30, () -> !fx(compose::isShowing));

        fx(() -> {
            stage.requestFocus();
            return null;
        });
        waitFor(120, () -> {
            if (subjects().contains(subject)) {
                return true;
            }
            robot.clickOn("#refreshButton");
            WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
            return subjects().contains(subject);
        });
    }

    /** Clicks a folder of the window that is showing (earlier windows of the test run are gone). */
    private void clickFolder(String name) throws Exception {
        // the tree re-renders its cells while the sync updates counts; look the label up afresh each try
        waitFor(30, () -> {
            try {
                Label label = fx(() -> robot.lookup(".folder-name")
                        .match((Label l) -> name.equals(l.getText()) && l.getScene() != null
                                && l.getScene().getWindow() != null && l.getScene().getWindow().isShowing())
                        .query());
                robot.clickOn(label);
                return true;
            } catch (RuntimeException stale) {
                return false;
            }
        });
    }

    private static boolean isDemoSubject(String subject) {
        return DEMO_TOPICS.stream().anyMatch(subject::contains);
    }

    private List<String> subjects() {
        TableView<ItemRow> table = fx(() -> robot.lookup("#itemList").queryAs(TableView.class));
        return fx(() -> table.getItems().stream()
                .map(row -> row.data() == null ? "" : row.data().summary().subject()).toList());
    }

    private String text(String id) {
        return fx(() -> robot.lookup(id).tryQueryAs(Label.class)).map(l -> fx(l::getText)).orElse("");
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition)); // lookups race the FX thread otherwise
    }
}
