package org.interchange.app.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.interchange.app.setup.AccountSetupViewModel.Step;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.Test;

class AccountSetupViewModelTest {
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private final FakeProbe probe = new FakeProbe();
    private final AccountSetupViewModel model = new AccountSetupViewModel(probe, executor);

    @Test
    void discoversTestsAndFinishes() {
        assertThat(model.canGoOnProperty().get()).isFalse();
        model.emailProperty().set(" alice@example.org ");
        model.passwordProperty().set("pw".toCharArray());
        assertThat(model.canGoOnProperty().get()).isTrue();
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(Step.WORKING);
        assertThat(model.messageProperty().get()).isEqualTo("Looking for the server of alice@example.org…");
        assertThat(model.canGoOnProperty().get()).as("no second click while working").isFalse();
        executor.runAll();
        assertThat(model.stepProperty().get()).isEqualTo(Step.SYNC);
        assertThat(model.result()).isEmpty();
        assertThat(model.canGoOnProperty().get()).isTrue();
        model.syncScopeProperty().set(org.interchange.cache.api.SyncScope.LAST_30_DAYS);
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(model.result().orElseThrow().syncScope()).isEqualTo(org.interchange.cache.api.SyncScope.LAST_30_DAYS);
        assertThat(probe.calls).containsExactly("discover alice@example.org pw",
                "test https://mail.example.org/mapi/emsmdb/ alice pw");
        var result = model.result().orElseThrow();
        assertThat(result.mailboxUrl()).isEqualTo(URI.create("https://mail.example.org/mapi/emsmdb/"));
        assertThat(result.user()).isEqualTo("alice");
        assertThat(result.displayName()).isEqualTo("Alice Smith");
        assertThat(result.password()).containsExactly('p', 'w');
        assertThat(result.toString()).doesNotContain("pw");
    }

    @Test
    void fallsBackToAManualUrlInPlainWords() {
        probe.discoveryFailure = new SetupException("No server for example.net answered.");
        model.emailProperty().set("bob@example.net");
        model.passwordProperty().set("pw".toCharArray());
        model.next();
        executor.runAll();
        assertThat(model.stepProperty().get()).isEqualTo(Step.MANUAL);
        assertThat(model.messageProperty().get()).isEqualTo("No server for example.net answered. You can enter the server by hand.");
        assertThat(model.userProperty().get()).isEqualTo("bob@example.net");
        assertThat(model.canGoOnProperty().get()).isFalse();

        model.serverUrlProperty().set("not a url");
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(Step.MANUAL);
        assertThat(model.messageProperty().get()).startsWith("'not a url' is not a web address");

        probe.testFailure = new SetupException("The user name or password is wrong.");
        model.serverUrlProperty().set("mail.example.net");
        model.next();
        executor.runAll();
        assertThat(model.messageProperty().get()).isEqualTo("The user name or password is wrong.");
        assertThat(model.stepProperty().get()).isEqualTo(Step.MANUAL);

        probe.testFailure = null;
        model.userProperty().set("bob");
        model.next();
        executor.runAll();
        assertThat(model.stepProperty().get()).isEqualTo(Step.SYNC);
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(model.result().orElseThrow().syncScope()).isEqualTo(org.interchange.cache.api.SyncScope.ALL);
        assertThat(model.result().orElseThrow().mailboxUrl()).isEqualTo(URI.create("https://mail.example.net/mapi/emsmdb/"));
        assertThat(probe.calls).last().isEqualTo("test https://mail.example.net/mapi/emsmdb/ bob pw");
    }

    @Test
    void theProfileKeepsHowMuchToSynchronize(@org.junit.jupiter.api.io.TempDir java.nio.file.Path profile)
            throws Exception {
        assertThat(ProfileSyncScope.load(profile)).isEqualTo(org.interchange.cache.api.SyncScope.ALL);
        ProfileSyncScope.save(profile, org.interchange.cache.api.SyncScope.HEADERS_ONLY);
        assertThat(ProfileSyncScope.load(profile)).isEqualTo(org.interchange.cache.api.SyncScope.HEADERS_ONLY);
        java.nio.file.Files.writeString(profile.resolve(ProfileSyncScope.FILE), "syncScope=NONSENSE\n");
        assertThat(ProfileSyncScope.load(profile)).isEqualTo(org.interchange.cache.api.SyncScope.ALL);
    }

    @Test
    void anUnexpectedFailureIsStillOneSentence() {
        probe.unexpected = new IllegalStateException("boom at line 42");
        model.emailProperty().set("carol@example.org");
        model.passwordProperty().set("pw".toCharArray());
        model.next();
        executor.runAll();
        assertThat(model.messageProperty().get())
                .isEqualTo("Something unexpected went wrong (IllegalStateException). You can enter the server by hand.");
    }

    @Test
    void readsTypedUrls() throws SetupException {
        assertThat(AccountSetupViewModel.mailboxUrl("http://127.0.0.1:8080"))
                .isEqualTo(URI.create("http://127.0.0.1:8080/mapi/emsmdb/"));
        assertThat(AccountSetupViewModel.mailboxUrl("https://m.example.org/custom/path"))
                .isEqualTo(URI.create("https://m.example.org/custom/path"));
        assertThatThrownBy(() -> AccountSetupViewModel.mailboxUrl("ftp://x.example.org/"))
                .isInstanceOf(SetupException.class);
    }

    private static final class FakeProbe implements AccountProbe {
        final List<String> calls = new ArrayList<>();
        SetupException discoveryFailure;
        SetupException testFailure;
        RuntimeException unexpected;

        @Override
        public DiscoveredAccount discover(String email, char[] password) throws SetupException {
            calls.add("discover " + email + " " + new String(password));
            if (unexpected != null) {
                throw unexpected;
            }
            if (discoveryFailure != null) {
                throw discoveryFailure;
            }
            return new DiscoveredAccount(URI.create("https://mail.example.org/mapi/emsmdb/"), "alice", "Alice Smith");
        }

        @Override
        public void test(URI mailboxUrl, String user, char[] password) throws SetupException {
            calls.add("test " + mailboxUrl + " " + user + " " + new String(password));
            if (testFailure != null) {
                throw testFailure;
            }
        }
    }
}
