package org.interchange.mapi.server.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.config.ConfigException;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.http.TlsKey;
import org.interchange.mapi.server.mail.LmtpServer;
import org.interchange.mapi.server.mail.MailboxDelivery;
import org.interchange.mapi.server.mail.SmtpRelay;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.PostgresMailboxStore;
import org.interchange.mapi.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running {@code interchange-server}: the accounts under the data folder, the mailboxes there
 * (H2) or in PostgreSQL, the MAPI/HTTP endpoints (with TLS when configured) and the LMTP listener. Closing stops the
 * listeners first, then the endpoints, then closes the databases.
 */
public final class ServerRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerRuntime.class);

    private final List<AutoCloseable> parts;
    private final MapiHttpServer http;
    private final Optional<LmtpServer> lmtp;

    private ServerRuntime(List<AutoCloseable> parts, MapiHttpServer http, Optional<LmtpServer> lmtp) {
        this.parts = parts;
        this.http = http;
        this.lmtp = lmtp;
    }

    /** Opens the databases and starts every configured listener; on failure, what was started is closed. */
    public static ServerRuntime start(ServerConfig config) {
        List<AutoCloseable> parts = new ArrayList<>();
        try {
            Files.createDirectories(config.dataDir());
            AccountDirectory accounts = ConfiguredAccounts.open(config);
            parts.add(accounts);
            MailboxStore store = config.postgres().<MailboxStore>map(pg -> PostgresMailboxStore.open(pg.jdbcUrl(),
                    pg.user(), readSecret(pg.passwordFile()))).orElseGet(() -> H2MailboxStore.open(config.dataDir()));
            parts.add(store);
            MapiHttpServer.Builder builder = MapiHttpServer.builder().store(store).host(config.httpHost())
                    .port(config.httpPort()).userDirectory(new AccountUserDirectory(accounts, Clock.systemUTC(),
                            account -> ensureMailbox(store, account)));
            config.ntlm().ifPresent(ntlm -> builder.ntlm(ntlm.domain()));
            config.tls().map(ServerRuntime::tlsKey).ifPresent(builder::tls);
            config.smtpRelay().ifPresent(relay -> builder.outboundMail(new SmtpRelay(relay.host(), relay.port(),
                    config.serverName(), config.smtpRequireTls())));
            MapiHttpServer http = builder.build().start();
            parts.add(http);
            LOG.info("MAPI/HTTP listening on {} ({} users, {})", http.baseUri(), accounts.list().size(),
                    config.ntlm().isPresent() ? "Basic and NTLMv2" : "Basic only");
            Optional<LmtpServer> lmtp = Optional.empty();
            if (config.lmtp().isPresent()) {
                var endpoint = config.lmtp().get();
                LmtpServer server = LmtpServer.start(endpoint.host(), endpoint.port(), config.serverName(),
                        config.maxMessageBytes(), new MailboxDelivery(accounts, store, http::signalNotification));
                parts.add(server);
                lmtp = Optional.of(server);
            }
            return new ServerRuntime(parts, http, lmtp);
        } catch (IOException | RuntimeException e) {
            closeAll(parts.reversed());
            if (e instanceof ConfigException c) {
                throw c;
            }
            throw new IllegalStateException("cannot start the server: " + e.getMessage(), e);
        }
    }

    public MapiHttpServer http() {
        return http;
    }

    public Optional<LmtpServer> lmtp() {
        return lmtp;
    }

    @Override
    public void close() {
        closeAll(parts.reversed());
        LOG.info("stopped");
    }

    /**
     * Gives an account its mailbox, named and addressed as the account is, so mail it sends carries
     * its real address; a mailbox that exists already is left as it is.
     */
    private static void ensureMailbox(MailboxStore store, Account account) {
        if (store.findMailbox(account.name()).isEmpty()) {
            try {
                store.createMailbox(account.name(), account.displayName(), account.emailAddress());
            } catch (StoreException e) {
                LOG.debug("mailbox of {} was created meanwhile: {}", account.name(), e.getMessage());
            }
        }
    }

    private static TlsKey tlsKey(ServerConfig.TlsSettings tls) {
        if (tls.keystore().isPresent()) {
            char[] password = tls.keystorePasswordFile().map(ServerRuntime::readSecret).orElse(new char[0]);
            return TlsKey.pkcs12(tls.keystore().get(), password);
        }
        return TlsKey.pem(tls.certificate().orElseThrow(), tls.privateKey().orElseThrow());
    }

    private static char[] readSecret(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new ConfigException("cannot read the password file " + file + ": " + e.getMessage());
        }
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", part, e.toString());
            }
        }
    }
}
