package org.interchange.mapi.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interchange.mapi.server.config.ServerConfig.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
    @TempDir
    Path dir;

    @Test
    void readsEverySettingWithPathsRelativeToTheFile() throws IOException {
        ServerConfig config = load("""
                # production settings
                data.dir = data
                http.host = 0.0.0.0
                http.port = 8443   # behind nothing
                tls.keystore = keys/server.p12
                tls.keystore.password-file = keys/pass
                lmtp.port = 2424
                smtp.relay = relay.example.org:587
                smtp.require-tls = yes
                server.name = mail.example.org
                mail.max-message-bytes = 1048576
                """);
        assertThat(config.dataDir()).isEqualTo(dir.resolve("data").toAbsolutePath());
        assertThat(config.httpHost()).isEqualTo("0.0.0.0");
        assertThat(config.httpPort()).isEqualTo(8443);
        assertThat(config.tls()).hasValueSatisfying(t -> {
            assertThat(t.keystore()).hasValue(dir.resolve("keys/server.p12").toAbsolutePath());
            assertThat(t.certificate()).isEmpty();
        });
        assertThat(config.lmtp()).hasValue(new Endpoint("127.0.0.1", 2424));
        assertThat(config.smtpRelay()).hasValue(new Endpoint("relay.example.org", 587));
        assertThat(config.smtpRequireTls()).isTrue();
        assertThat(config.serverName()).isEqualTo("mail.example.org");
        assertThat(config.maxMessageBytes()).isEqualTo(1048576);
    }

    @Test
    void defaultsAreLoopbackWithoutTlsOrMail() throws IOException {
        ServerConfig config = load("data.dir = /var/lib/interchange\n");
        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.tls()).isEmpty();
        assertThat(config.lmtp()).isEmpty();
        assertThat(config.smtpRelay()).isEmpty();
        assertThat(config.maxMessageBytes()).isEqualTo(50L << 20);
    }

    @Test
    void ntlmIsOnByDefaultWithItsKeyInTheDataFolderAndCanBeTurnedOff() throws IOException {
        assertThat(load("data.dir = data\n").ntlm()).hasValue(new ServerConfig.NtlmSettings("INTERCHANGE",
                dir.resolve("data/nt-hash.key").toAbsolutePath()));
        assertThat(load("data.dir = data\nauth.ntlm.domain = EXAMPLE\nauth.ntlm.key-file = keys/nt.key\n").ntlm())
                .hasValue(new ServerConfig.NtlmSettings("EXAMPLE", dir.resolve("keys/nt.key").toAbsolutePath()));
        assertThat(load("data.dir = data\nauth.ntlm = false\n").ntlm()).isEmpty();
        assertThatThrownBy(() -> load("data.dir = d\nauth.ntlm = no\nauth.ntlm.key-file = k\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("line 2: auth.ntlm is false");
        assertThatThrownBy(() -> load("data.dir = d\nauth.ntlm.domain = a domain with spaces\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("NetBIOS name");
    }

    @Test
    void namesTheLineOfEveryMistake() {
        assertThatThrownBy(() -> load("data.dir = d\nhttp.prot = 80\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2: unknown key 'http.prot'");
        assertThatThrownBy(() -> load("data.dir = d\nhttp.port = eighty\n"))
                .hasMessageContaining("line 2: http.port must be a number, not 'eighty'");
        assertThatThrownBy(() -> load("data.dir = d\nhttp.port = 70000\n"))
                .hasMessageContaining("http.port must be between 0 and 65535, not 70000");
        assertThatThrownBy(() -> load("data.dir = d\ndata.dir = e\n"))
                .hasMessageContaining("line 2: 'data.dir' is already set on line 1");
        assertThatThrownBy(() -> load("just words\n")).hasMessageContaining("line 1: expected 'key = value'");
        assertThatThrownBy(() -> load("http.port = 80\n")).hasMessage("data.dir is required");
        assertThatThrownBy(() -> load("data.dir = d\nsmtp.relay = nowhere\n"))
                .hasMessageContaining("smtp.relay must be host:port, not 'nowhere'");
        assertThatThrownBy(() -> load("data.dir = d\nsmtp.require-tls = maybe\n"))
                .hasMessageContaining("must be true or false, not 'maybe'");
        assertThatThrownBy(() -> load("data.dir = d\ntls.certificate = c.pem\n"))
                .hasMessage("tls.certificate and tls.private-key must be given together");
        assertThatThrownBy(() -> load("data.dir = d\ntls.keystore = k.p12\ntls.private-key = k.pem\n"))
                .hasMessageContaining("exclude each other");
        assertThatThrownBy(() -> load("data.dir = d\nstore.postgresql.url = jdbc:mysql://x/y\n"))
                .hasMessageContaining("store.postgresql.url must start with jdbc:postgresql://");
        assertThatThrownBy(() -> load("data.dir = d\nstore.postgresql.url = jdbc:postgresql://x/y\n"))
                .hasMessage("store.postgresql.url needs store.postgresql.user and store.postgresql.password-file");
        assertThatThrownBy(() -> ServerConfig.load(dir.resolve("missing.conf")))
                .hasMessageContaining("cannot read configuration");
    }

    private ServerConfig load(String text) throws IOException {
        Path file = dir.resolve("server.conf");
        Files.writeString(file, text);
        return ServerConfig.load(file);
    }
}
