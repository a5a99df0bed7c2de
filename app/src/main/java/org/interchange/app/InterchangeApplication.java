package org.interchange.app;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.sync.SyncResult;
import org.interchange.ui.FxTaskExecutor;
import org.interchange.ui.MainWindow;
import org.interchange.ui.status.SyncStatusViewModel;
import picocli.CommandLine;

/**
 * The composition root of the desktop client: opens the profile's cache, shows the main window
 * at once, and connects the account in the background — to the embedded demo server by default,
 * or to the server given on the command line. With no server the cache is still read.
 */
public final class InterchangeApplication extends Application {
    static final String DEMO_ACCOUNT = "demo";

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "interchange-cache-reader");
        t.setDaemon(true);
        return t;
    });
    private H2CacheStore cache;
    private MainWindow window;
    private SyncStatusViewModel syncStatus;

    @Override
    public void start(Stage stage) {
        AppOptions options = new AppOptions();
        new CommandLine(options).parseArgs(getParameters().getRaw().toArray(String[]::new));
        try {
            cache = H2CacheStore.open(options.profileDir());
        } catch (CacheException e) {
            new Alert(Alert.AlertType.ERROR, "The local cache in " + options.profileDir() + " cannot be opened: "
                    + e.getMessage()).showAndWait();
            Platform.exit();
            return;
        }
        FxTaskExecutor executor = new FxTaskExecutor(background);
        syncStatus = new SyncStatusViewModel(executor);
        window = new MainWindow(cache, cache, executor, syncStatus);
        window.setLinkHandler(url -> getHostServices().showDocument(url));
        stage.getIcons().add(new Image(InterchangeApplication.class.getResourceAsStream("interchange.png")));
        window.show(stage);

        if (options.offline()) {
            syncStatus.setOnline(false);
            return;
        }
        if (options.demo()) {
            connectInBackground(options, new char[0]);
        } else {
            // asked once the window is up, so start() returns and the window paints first
            Platform.runLater(() -> PasswordPrompt.ask(options).ifPresentOrElse(
                    password -> connectInBackground(options, password), () -> syncStatus.setOnline(false)));
        }
    }

    private void connectInBackground(AppOptions options, char[] password) {
        Thread connect = new Thread(() -> connect(options, password), "interchange-connect");
        connect.setDaemon(true);
        connect.start();
    }

    /** Starts the demo server if asked, registers the account and runs the first sync; off the FX thread. */
    private void connect(AppOptions options, char[] password) {
        try {
            AccountSettings settings;
            AccountInfo account;
            if (options.demo()) {
                DemoServerLauncher.RunningServer server = DemoServerLauncher.start(options.profileDir().resolve("demo-server"));
                register(server);
                settings = new AccountSettings(DEMO_ACCOUNT, server.url(), server.user(), server.password());
                account = new AccountInfo(DEMO_ACCOUNT, server.emailAddress(), "mapi", server.url(), server.user());
            } else {
                URI url = options.server();
                String id = options.user() + "@" + url.getHost();
                settings = new AccountSettings(id, url.toString(), options.user(), password);
                account = new AccountInfo(id, id, "mapi", url.toString(), options.user());
            }
            cache.saveAccount(account);
            Backend backend = new PluginHost().factory(account.backendType()).create(settings);
            AccountSync sync = new AccountSync(cache, account.id(), backend, syncStatus, this::finished);
            register(sync);
            Platform.runLater(() -> window.setOnRefresh(sync::refresh));
            sync.refresh();
        } catch (RuntimeException e) {
            Platform.runLater(() -> syncStatus.setOnline(false));
            syncStatus.syncFinished("", e);
        }
    }

    private void finished(SyncResult result) {
        Platform.runLater(() -> syncStatus.setOnline(result.outcome() != SyncResult.Outcome.OFFLINE));
    }

    private synchronized void register(AutoCloseable resource) {
        resources.add(resource);
    }

    @Override
    public void stop() {
        List<AutoCloseable> toClose;
        synchronized (this) {
            toClose = new ArrayList<>(resources.reversed());
            resources.clear();
        }
        for (AutoCloseable r : toClose) {
            try {
                r.close();
            } catch (Exception e) {
                System.getLogger("interchange").log(System.Logger.Level.WARNING, "closing " + r + " failed", e);
            }
        }
        if (window != null) {
            window.dispose();
        }
        background.shutdownNow();
        if (cache != null) {
            cache.close();
        }
    }
}
