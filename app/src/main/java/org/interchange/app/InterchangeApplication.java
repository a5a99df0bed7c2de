package org.interchange.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
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
import org.interchange.cache.h2.H2MailCache;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.sync.PushRefresh;
import org.interchange.cache.sync.SyncResult;
import org.interchange.app.setup.AccountProbe;
import org.interchange.app.setup.AccountSetupViewModel;
import org.interchange.app.setup.AccountSetupWizard;
import org.interchange.app.setup.MapiAccountProbe;
import org.interchange.app.setup.ProfileSyncScope;
import org.interchange.ui.FxTaskExecutor;
import org.interchange.ui.MainWindow;
import org.interchange.ui.Theme;
import org.interchange.ui.status.SyncStatusViewModel;
import picocli.CommandLine;

/**
 * The composition root of the desktop client: runs the set-up wizard when asked, opens the
 * profile's cache, shows the main window at once, and connects the account in the background —
 * the account set up last, the server given on the command line, or the embedded demo server.
 * Offline, the cache is still read.
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
    private Path profile;
    private MainWindow window;
    private SyncStatusViewModel syncStatus;

    @Override
    public void start(Stage stage) {
        AppOptions options = new AppOptions();
        new CommandLine(options).parseArgs(getParameters().getRaw().toArray(String[]::new));
        LastAccount last = new LastAccount(AppOptions.profilesRoot());
        if (options.setup()) {
            AccountProbe probe = options.autodiscover() == null ? MapiAccountProbe.standard()
                    : MapiAccountProbe.at(options.autodiscover());
            Theme.apply(false);
            new AccountSetupWizard(new AccountSetupViewModel(probe, new FxTaskExecutor(background)), null)
                    .show(result -> result.ifPresentOrElse(account -> startSetUpAccount(account, options, last, stage),
                            Platform::exit));
            return;
        }
        if (options.server() != null) {
            URI url = options.server();
            if (openCache(options.profileFor(options.user(), url), stage)) {
                String id = options.user() + "@" + url.getHost();
                Target target = new Target(id, url, options.user(), id);
                askPasswordAndConnect(target, options);
            }
            return;
        }
        Path profile = options.explicitProfile() != null ? options.explicitProfile()
                : options.forceDemo() ? options.demoProfile() : last.profile().orElse(options.demoProfile());
        if (!openCache(profile, stage)) {
            return;
        }
        Optional<AccountInfo> saved = options.forceDemo() ? Optional.empty() : cache.accounts().stream()
                .filter(a -> !DEMO_ACCOUNT.equals(a.id()) && a.serverUrl() != null).findFirst();
        if (saved.isPresent()) {
            AccountInfo a = saved.get();
            askPasswordAndConnect(new Target(a.id(), URI.create(a.serverUrl()), a.userName(), a.displayName()), options);
        } else if (options.offline()) {
            syncStatus.setOnline(false);
        } else {
            connectInBackground(null, new char[0], options);
        }
    }

    private void startSetUpAccount(AccountSetupViewModel.Result account, AppOptions options, LastAccount last, Stage stage) {
        Path profile = options.profileFor(account.user(), account.mailboxUrl());
        if (options.explicitProfile() == null) {
            last.remember(profile);
        }
        String id = account.user() + "@" + account.mailboxUrl().getHost();
        try {
            ProfileSyncScope.save(profile, account.syncScope());
        } catch (java.io.IOException e) {
            System.getLogger("interchange").log(System.Logger.Level.WARNING,
                    "could not store how much to synchronize in " + profile, e);
        }
        if (openCache(profile, stage)) {
            cache.saveAccount(new AccountInfo(id, account.displayName(), "mapi", account.mailboxUrl().toString(),
                    account.user()));
            connectInBackground(new Target(id, account.mailboxUrl(), account.user(), account.email()),
                    account.password(), options);
        }
    }

    /** Who to connect to; null means the embedded demo server. */
    private record Target(String accountId, URI url, String user, String displayName) {
    }

    /** Opens the cache and shows the main window; false (after telling the user) when the cache cannot be opened. */
    private boolean openCache(Path profile, Stage stage) {
        try {
            cache = H2CacheStore.open(profile);
            this.profile = profile;
        } catch (CacheException e) {
            new Alert(Alert.AlertType.ERROR, "The local cache in " + profile + " cannot be opened: "
                    + e.getMessage()).showAndWait();
            Platform.exit();
            return false;
        }
        FxTaskExecutor executor = new FxTaskExecutor(background);
        syncStatus = new SyncStatusViewModel(executor);
        window = new MainWindow(cache, cache, H2MailCache.of(cache), executor, syncStatus);
        window.setLinkHandler(url -> getHostServices().showDocument(url));
        window.setFileOpener(file -> getHostServices().showDocument(file.toUri().toString()));
        stage.getIcons().add(new Image(InterchangeApplication.class.getResourceAsStream("interchange.png")));
        window.show(stage);
        return true;
    }

    private void askPasswordAndConnect(Target target, AppOptions options) {
        if (options.offline()) {
            syncStatus.setOnline(false);
            return;
        }
        // asked once the window is up, so start() returns and the window paints first
        Platform.runLater(() -> PasswordPrompt.ask(target.user(), target.url()).ifPresentOrElse(
                password -> connectInBackground(target, password, options), () -> syncStatus.setOnline(false)));
    }

    private void connectInBackground(Target target, char[] password, AppOptions options) {
        Thread connect = new Thread(() -> connect(target, password, options), "interchange-connect");
        connect.setDaemon(true);
        connect.start();
    }

    /** Starts the demo server if asked, registers the account and runs the first sync; off the FX thread. */
    private void connect(Target target, char[] password, AppOptions options) {
        try {
            AccountSettings settings;
            AccountInfo account;
            if (target == null) {
                DemoServerLauncher.RunningServer server = DemoServerLauncher.start(options.demoProfile().resolve("demo-server"));
                register(server);
                settings = new AccountSettings(DEMO_ACCOUNT, server.url(), server.user(), server.password(),
                        ProfileSyncScope.load(profile));
                account = new AccountInfo(DEMO_ACCOUNT, server.emailAddress(), "mapi", server.url(), server.user());
            } else {
                settings = new AccountSettings(target.accountId(), target.url().toString(), target.user(), password,
                        ProfileSyncScope.load(profile));
                account = new AccountInfo(target.accountId(), target.displayName(), "mapi", target.url().toString(),
                        target.user());
            }
            cache.saveAccount(account);
            Backend backend = new PluginHost().factory(account.backendType()).create(settings);
            cache.attachBackend(account.id(), backend);
            AccountSync sync = new AccountSync(cache, account.id(), backend, syncStatus, this::finished);
            register(sync);
            Platform.runLater(() -> window.setOnRefresh(sync::refresh));
            sync.refresh();
            // server changes (NotificationWait) start a refresh while online
            register(PushRefresh.start(backend, sync::refresh, account.id()));
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
