package org.interchange.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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

        robot.clickOn("Inbox");
        waitFor(30, () -> subjects().stream().anyMatch(InterchangeAppFxTest::isDemoSubject));
        assertThat(subjects().size()).isGreaterThan(100);
        robot.clickOn(subjects().stream().filter(InterchangeAppFxTest::isDemoSubject).findFirst().orElseThrow());
        waitFor(30, () -> !text("#readingSubject").isBlank());
        Screenshots.write(stage.getScene(), Path.of("..", "docs", "screenshot.png"));

        FxToolkit.cleanupApplication(app);
        app = FxToolkit.setupApplication(InterchangeApplication.class, "--profile", profile.toString(), "--offline");
        assertThat(text("#onlineState")).isEqualTo("Offline");
        robot.clickOn("Inbox");
        waitFor(30, () -> subjects().stream().anyMatch(InterchangeAppFxTest::isDemoSubject));
        robot.clickOn("Calendar");
        waitFor(30, () -> !subjects().isEmpty() && !subjects().getFirst().isBlank());
    }

    private static boolean isDemoSubject(String subject) {
        return DEMO_TOPICS.stream().anyMatch(subject::contains);
    }

    private List<String> subjects() {
        TableView<ItemRow> table = robot.lookup("#itemList").queryAs(TableView.class);
        return fx(() -> table.getItems().stream()
                .map(row -> row.data() == null ? "" : row.data().summary().subject()).toList());
    }

    private String text(String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(l -> fx(l::getText)).orElse("");
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
