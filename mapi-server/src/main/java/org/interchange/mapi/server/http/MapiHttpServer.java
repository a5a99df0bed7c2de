package org.interchange.mapi.server.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.interchange.mapi.server.http.auth.HttpAuthenticator;
import org.interchange.mapi.server.http.autodiscover.AutodiscoverHandler;
import org.interchange.mapi.server.http.auth.LoginThrottle;
import org.interchange.mapi.server.mail.OutboundMail;
import org.interchange.mapi.server.nspi.NspiHandler;
import org.interchange.mapi.server.rop.ExecuteProcessor;
import org.interchange.mapi.server.rop.RopDispatcher;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * The MAPI over HTTP server, [MS-OXCMAPIHTTP]: a Jetty 12 server exposing the EMSMDB endpoint at
 * {@code /mapi/emsmdb} and the address book endpoint at {@code /mapi/nspi} for the users of a {@link UserDirectory}, backed by a {@link MailboxStore}.
 * Binds to the loopback interface unless told otherwise; port 0 picks a free port.
 */
public final class MapiHttpServer implements AutoCloseable {
    private final Server jetty;
    private final ServerConnector connector;
    private final ExecutorService workers;
    private final SessionRegistry emsmdbSessions;
    private final boolean tls;

    private MapiHttpServer(Builder b) {
        QueuedThreadPool threads = new QueuedThreadPool(b.maxThreads, 2);
        threads.setName("mapi-http");
        jetty = new Server(threads);
        connector = b.tls == null ? new ServerConnector(jetty) : tlsConnector(jetty, b.tls);
        tls = b.tls != null;
        connector.setHost(b.host);
        connector.setPort(b.port);
        jetty.addConnector(connector);
        workers = Executors.newVirtualThreadPerTaskExecutor();
        SessionRegistry sessions = new SessionRegistry(b.clock, b.sessionTimeout);
        emsmdbSessions = sessions;
        EmsmdbService service = new EmsmdbService(b.store,
                new ExecuteProcessor(RopDispatcher.standard(b.clock, Optional.ofNullable(b.outbound)), b.store));
        RequestGate gate = new RequestGate(new HttpAuthenticator(b.users, Optional.ofNullable(b.ntlmDomain),
                new LoginThrottle(b.clock)));
        jetty.setHandler(new Handler.Sequence(
                new AutodiscoverHandler(gate, b.users, b.store, java.util.UUID.randomUUID().toString()),
                new NspiHandler(gate, b.users, b.store, workers, b.pendingPeriod, b.sessionTimeout, b.clock),
                new EmsmdbHandler(gate, sessions, service, workers, b.pendingPeriod, b.notificationWait, b.clock)));
    }

    /** HTTPS with the given key, HTTP/1.1 only; SNI is not required (clients reach it by address, too). */
    private static ServerConnector tlsConnector(Server jetty, TlsKey key) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(key.keyStore());
        ssl.setKeyStorePassword(new String(key.password()));
        ssl.setSniRequired(false);
        HttpConfiguration config = new HttpConfiguration();
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        config.addCustomizer(secure);
        return new ServerConnector(jetty, ssl, new HttpConnectionFactory(config));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns this server. */
    public MapiHttpServer start() {
        try {
            jetty.start();
        } catch (Exception e) {
            workers.shutdownNow();
            throw new IllegalStateException("cannot start the MAPI/HTTP server: " + e.getMessage(), e);
        }
        return this;
    }

    /** The port listened on (the chosen one when the builder said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080/} (https when serving TLS). */
    public URI baseUri() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create((tls ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** The EMSMDB endpoint, [MS-OXCMAPIHTTP] 2.1: {@code <base>/mapi/emsmdb}. */
    public URI emsmdbUri() {
        return baseUri().resolve(EmsmdbHandler.PATH.substring(1));
    }

    /** The autodiscover endpoint, [MS-OXDSCLI] 3.2.5: {@code <base>/autodiscover/autodiscover.xml}. */
    public URI autodiscoverUri() {
        return baseUri().resolve(AutodiscoverHandler.PATH.substring(1));
    }

    /** The NSPI (address book) endpoint, [MS-OXCMAPIHTTP] 2.1: {@code <base>/mapi/nspi}. */
    public URI nspiUri() {
        return baseUri().resolve(NspiHandler.PATH.substring(1));
    }

    /**
     * Wakes the held NotificationWait requests of every EMSMDB session of {@code user} with
     * EventPending, [MS-OXCMAPIHTTP] 3.2.5.5; the store calls this when that user's mailbox changed.
     */
    public void signalNotification(String user) {
        emsmdbSessions.signalUser(user);
    }

    /**
     * Stops the server: work in progress (including held NotificationWaits) is interrupted first,
     * then Jetty stops. The store is not closed (it belongs to the caller).
     */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the MAPI/HTTP server", e);
        }
    }

    /** Configures a {@link MapiHttpServer}; store and at least one user are required. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private MailboxStore store;
        private UserDirectory users;
        private final Map<String, String> passwords = new LinkedHashMap<>();
        private Duration pendingPeriod = Duration.ofSeconds(15);
        private Duration sessionTimeout = Duration.ofMinutes(30);
        private Duration notificationWait = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();
        private int maxThreads = 32;
        private String ntlmDomain;
        private TlsKey tls;
        private OutboundMail outbound;

        private Builder() {
        }

        /** The interface to bind; default 127.0.0.1. */
        public Builder host(String bindHost) {
            host = Objects.requireNonNull(bindHost);
            return this;
        }

        /** The TCP port; 0 (default) picks a free one. */
        public Builder port(int tcpPort) {
            port = tcpPort;
            return this;
        }

        public Builder store(MailboxStore mailboxStore) {
            store = Objects.requireNonNull(mailboxStore);
            return this;
        }

        /** Adds a user; the password is kept only as a salted digest. */
        public Builder user(String name, String password) {
            passwords.put(name, password);
            return this;
        }

        /** Adds users from a map of user name to password. */
        public Builder users(Map<String, String> namesToPasswords) {
            passwords.putAll(namesToPasswords);
            return this;
        }

        /** Uses a prepared directory instead of {@link #user} entries. */
        public Builder userDirectory(UserDirectory directory) {
            users = Objects.requireNonNull(directory);
            return this;
        }

        /** Interval of PENDING keep-alives, [MS-OXCMAPIHTTP] 2.2.3.3.5; default 15 s. */
        public Builder pendingPeriod(Duration period) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("pending period must be positive");
            }
            pendingPeriod = period;
            return this;
        }

        /** Idle time after which a Session Context expires; default 30 minutes. */
        public Builder sessionTimeout(Duration timeout) {
            sessionTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** How long a NotificationWait is held when no event comes, [MS-OXCMAPIHTTP] 3.2.5.5; default 5 minutes. */
        public Builder notificationWait(Duration wait) {
            notificationWait = Objects.requireNonNull(wait);
            return this;
        }

        public Builder clock(Clock serverClock) {
            clock = Objects.requireNonNull(serverClock);
            return this;
        }

        /**
         * Also accepts NTLMv2 ([MS-NLMP]) for the users added with {@link #user}, offering
         * {@code netbiosDomain} as the target; their NT hashes are then kept in memory.
         */
        public Builder ntlm(String netbiosDomain) {
            ntlmDomain = Objects.requireNonNull(netbiosDomain);
            return this;
        }

        /** Serves HTTPS with this key ({@link TlsKey#pkcs12} or {@link TlsKey#pem}) instead of plain HTTP. */
        public Builder tls(TlsKey key) {
            tls = Objects.requireNonNull(key);
            return this;
        }

        /**
         * Relays submitted messages through this mail gateway ([MS-OXOMSG] 3.2.5.1), local recipients
         * included; without one they are delivered to local mailboxes only.
         */
        public Builder outboundMail(OutboundMail gateway) {
            outbound = Objects.requireNonNull(gateway);
            return this;
        }

        public Builder maxThreads(int threads) {
            maxThreads = Math.max(8, threads);
            return this;
        }

        public MapiHttpServer build() {
            Objects.requireNonNull(store, "store");
            if (users == null) {
                if (passwords.isEmpty()) {
                    throw new IllegalStateException("no users configured");
                }
                users = ntlmDomain == null ? UserDirectory.of(passwords) : UserDirectory.withNtHashes(passwords);
            }
            return new MapiHttpServer(this);
        }
    }
}
