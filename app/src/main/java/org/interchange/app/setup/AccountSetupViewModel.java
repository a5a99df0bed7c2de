package org.interchange.app.setup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.interchange.cache.api.SyncScope;
import org.interchange.ui.TaskExecutor;

/**
 * The account wizard's state and steps: address and password → autodiscover → (manual server URL
 * when discovery fails) → test logon → how much mail to keep offline → done. Work runs through the
 * {@link TaskExecutor}, so the
 * window never waits on the network; every failure becomes one sentence for the user.
 */
public final class AccountSetupViewModel {

    /** Where the wizard is; SYNC asks how much to keep offline once the connection works. */
    public enum Step { CREDENTIALS, MANUAL, WORKING, SYNC, DONE }

    /** The account the wizard produced, with how much of it to keep offline. */
    public record Result(URI mailboxUrl, String user, String email, String displayName, char[] password,
                         SyncScope syncScope) {
        @Override
        public String toString() {
            return "Result[" + mailboxUrl + ", " + user + ", " + syncScope + ", password=***]";
        }
    }

    private final AccountProbe probe;
    private final TaskExecutor executor;
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<char[]> password = new SimpleObjectProperty<>(new char[0]);
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CREDENTIALS);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty canGoOn = new SimpleBooleanProperty(false);
    private final ObjectProperty<SyncScope> syncScope = new SimpleObjectProperty<>(SyncScope.ALL);
    private Result connected;
    private Result result;

    public AccountSetupViewModel(AccountProbe probe, TaskExecutor executor) {
        this.probe = Objects.requireNonNull(probe);
        this.executor = Objects.requireNonNull(executor);
        email.addListener((o, a, b) -> updateCanGoOn());
        password.addListener((o, a, b) -> updateCanGoOn());
        serverUrl.addListener((o, a, b) -> updateCanGoOn());
        user.addListener((o, a, b) -> updateCanGoOn());
        step.addListener((o, a, b) -> updateCanGoOn());
        syncScope.addListener((o, a, b) -> updateCanGoOn());
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<char[]> passwordProperty() {
        return password;
    }

    /** The mailbox URL typed by hand (MANUAL step). */
    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    /** The logon name typed by hand (MANUAL step); defaults to the address. */
    public StringProperty userProperty() {
        return user;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What the user should read now: progress, or what went wrong and what to do. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the "Next" action makes sense with what was typed. */
    public BooleanProperty canGoOnProperty() {
        return canGoOn;
    }

    /** How much mail to keep offline (the SYNC step's choice). */
    public ObjectProperty<SyncScope> syncScopeProperty() {
        return syncScope;
    }

    /** The finished account, once the step is DONE. */
    public Optional<Result> result() {
        return Optional.ofNullable(result);
    }

    /** The "Next" action of the current step. */
    public void next() {
        if (!canGoOn.get()) {
            return;
        }
        switch (step.get()) {
            case CREDENTIALS -> discover();
            case MANUAL -> testManual();
            case SYNC -> {
                result = new Result(connected.mailboxUrl(), connected.user(), connected.email(),
                        connected.displayName(), connected.password(), syncScope.get());
                message.set(connected.email() + " is ready.");
                step.set(Step.DONE);
            }
            default -> { }
        }
    }

    /** Skips autodiscover and asks for the server URL. */
    public void enterServerManually() {
        if (user.get().isBlank()) {
            user.set(email.get().strip());
        }
        message.set("Enter the mailbox URL your administrator gave you, e.g. https://mail.example.org/mapi/emsmdb/.");
        step.set(Step.MANUAL);
    }

    /** Back to the first page. */
    public void back() {
        if (step.get() == Step.MANUAL) {
            message.set("");
            step.set(Step.CREDENTIALS);
        }
    }

    private void discover() {
        String address = email.get().strip();
        char[] secret = password.get().clone();
        step.set(Step.WORKING);
        message.set("Looking for the server of " + address + "…");
        executor.submit(() -> {
            DiscoveredAccount found = probe.discover(address, secret);
            probe.test(found.mailboxUrl(), found.user(), secret);
            return found;
        }, found -> finish(found.mailboxUrl(), found.user(), address, found.displayName(), secret), failure -> {
            Arrays.fill(secret, ' ');
            user.set(address);
            message.set(plain(failure) + " You can enter the server by hand.");
            step.set(Step.MANUAL);
        });
    }

    private void testManual() {
        URI url;
        try {
            url = mailboxUrl(serverUrl.get().strip());
        } catch (SetupException e) {
            message.set(e.getMessage());
            return;
        }
        String logon = user.get().strip();
        char[] secret = password.get().clone();
        step.set(Step.WORKING);
        message.set("Connecting to " + url.getHost() + "…");
        executor.submit(() -> {
            probe.test(url, logon, secret);
            return url;
        }, ok -> finish(url, logon, email.get().strip(), email.get().strip(), secret), failure -> {
            Arrays.fill(secret, ' ');
            message.set(plain(failure));
            step.set(Step.MANUAL);
        });
    }

    private void finish(URI url, String logon, String address, String displayName, char[] secret) {
        connected = new Result(url, logon, address, displayName == null || displayName.isBlank() ? address : displayName,
                secret, null);
        message.set("Connected. How much of your mail should Interchange keep on this computer?");
        step.set(Step.SYNC);
    }

    /** A URL the user typed: https assumed when no scheme is given; only http and https. */
    static URI mailboxUrl(String typed) throws SetupException {
        String text = typed.contains("://") ? typed : "https://" + typed;
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new SetupException("'" + typed + "' is not a web address like https://mail.example.org/mapi/emsmdb/.");
            }
            return uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/")
                    ? uri.resolve("/mapi/emsmdb/") : uri;
        } catch (URISyntaxException e) {
            throw new SetupException("'" + typed + "' is not a web address like https://mail.example.org/mapi/emsmdb/.", e);
        }
    }

    private static String plain(Exception failure) {
        return failure instanceof SetupException ? failure.getMessage()
                : "Something unexpected went wrong (" + failure.getClass().getSimpleName() + ").";
    }

    private void updateCanGoOn() {
        boolean hasCredentials = isAddress(email.get()) && password.get() != null && password.get().length > 0;
        canGoOn.set(switch (step.get()) {
            case CREDENTIALS -> hasCredentials;
            case MANUAL -> hasCredentials && !serverUrl.get().isBlank() && !user.get().isBlank();
            case SYNC -> syncScope.get() != null;
            default -> false;
        });
    }

    private static boolean isAddress(String text) {
        String s = text.strip();
        int at = s.indexOf('@');
        return at > 0 && at == s.lastIndexOf('@') && at < s.length() - 1 && !s.contains(" ");
    }
}
