package org.interchange.mapi.server.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.server.config.ServerConfig.Endpoint;
import org.interchange.mapi.server.config.ServerConfig.Line;
import org.interchange.mapi.server.config.ServerConfig.TlsSettings;

/** Turns the checked lines of a configuration file into typed settings, one rule per key. */
final class Reader {
    private final Path base;
    private final Map<String, Line> values;

    Reader(Path base, Map<String, Line> values) {
        this.base = base;
        this.values = values;
    }

    ServerConfig config() {
        Path dataDir = path("data.dir").orElseThrow(() -> new ConfigException("data.dir is required"));
        int httpPort = port("http.port").orElse(8080);
        TlsSettings tls = new TlsSettings(path("tls.keystore"), path("tls.keystore.password-file"),
                path("tls.certificate"), path("tls.private-key"));
        Optional<TlsSettings> tlsSettings = checkTls(tls);
        Optional<Endpoint> lmtp = port("lmtp.port").map(p -> new Endpoint(text("lmtp.host").orElse("127.0.0.1"), p));
        if (lmtp.isEmpty() && values.containsKey("lmtp.host")) {
            throw values.get("lmtp.host").error("is set but lmtp.port is not");
        }
        Optional<Endpoint> relay = text("smtp.relay").map(v -> endpoint(values.get("smtp.relay"), v));
        long maxBytes = number("mail.max-message-bytes", 1024, 1L << 31).orElse(50L << 20);
        return new ServerConfig(dataDir, text("http.host").orElse("127.0.0.1"), httpPort, tlsSettings, lmtp, relay,
                bool("smtp.require-tls").orElse(false), text("server.name").orElse("localhost"), maxBytes, postgres(),
                ntlm(dataDir));
    }

    private Optional<ServerConfig.NtlmSettings> ntlm(Path dataDir) {
        Optional<String> domain = text("auth.ntlm.domain");
        Optional<Path> keyFile = path("auth.ntlm.key-file");
        if (!bool("auth.ntlm").orElse(true)) {
            if (domain.isPresent() || keyFile.isPresent()) {
                throw values.get("auth.ntlm").error("is false, so auth.ntlm.domain and auth.ntlm.key-file must not be set");
            }
            return Optional.empty();
        }
        if (domain.isPresent() && !domain.get().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,14}")) {
            throw values.get("auth.ntlm.domain").error("must be a NetBIOS name of 1-15 letters, digits, '.', '_' or '-'");
        }
        return Optional.of(new ServerConfig.NtlmSettings(domain.orElse("INTERCHANGE"),
                keyFile.orElse(dataDir.resolve("nt-hash.key"))));
    }

    private Optional<ServerConfig.PostgresSettings> postgres() {
        Optional<String> url = text("store.postgresql.url");
        Optional<String> user = text("store.postgresql.user");
        Optional<Path> password = path("store.postgresql.password-file");
        if (url.isEmpty()) {
            if (user.isPresent() || password.isPresent()) {
                throw new ConfigException("store.postgresql.user and store.postgresql.password-file need store.postgresql.url");
            }
            return Optional.empty();
        }
        if (!url.get().startsWith("jdbc:postgresql://")) {
            throw values.get("store.postgresql.url").error("must start with jdbc:postgresql://");
        }
        if (user.isEmpty() || password.isEmpty()) {
            throw new ConfigException("store.postgresql.url needs store.postgresql.user and store.postgresql.password-file");
        }
        return Optional.of(new ServerConfig.PostgresSettings(url.get(), user.get(), password.get()));
    }

    private Optional<TlsSettings> checkTls(TlsSettings tls) {
        boolean p12 = tls.keystore().isPresent();
        boolean pem = tls.certificate().isPresent() || tls.privateKey().isPresent();
        if (p12 && pem) {
            throw values.get("tls.keystore").error("and tls.certificate/tls.private-key exclude each other");
        }
        if (pem && (tls.certificate().isEmpty() || tls.privateKey().isEmpty())) {
            throw new ConfigException("tls.certificate and tls.private-key must be given together");
        }
        if (tls.keystorePasswordFile().isPresent() && !p12) {
            throw values.get("tls.keystore.password-file").error("needs tls.keystore");
        }
        return p12 || pem ? Optional.of(tls) : Optional.empty();
    }

    private Optional<String> text(String key) {
        Line line = values.get(key);
        if (line == null) {
            return Optional.empty();
        }
        if (line.value().isEmpty()) {
            throw line.error("has no value");
        }
        return Optional.of(line.value());
    }

    private Optional<Path> path(String key) {
        return text(key).map(v -> base.resolve(v).normalize());
    }

    private Optional<Integer> port(String key) {
        return number(key, 0, 65535).map(Long::intValue);
    }

    private Optional<Long> number(String key, long min, long max) {
        return text(key).map(v -> {
            try {
                long n = Long.parseLong(v);
                if (n < min || n > max) {
                    throw values.get(key).error("must be between " + min + " and " + max + ", not " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                throw values.get(key).error("must be a number, not '" + v + "'");
            }
        });
    }

    private Optional<Boolean> bool(String key) {
        return text(key).map(v -> switch (v) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw values.get(key).error("must be true or false, not '" + v + "'");
        });
    }

    private static Endpoint endpoint(Line line, String value) {
        int colon = value.lastIndexOf(':');
        if (colon < 1) {
            throw line.error("must be host:port, not '" + value + "'");
        }
        try {
            int port = Integer.parseInt(value.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw line.error("port must be between 1 and 65535");
            }
            return new Endpoint(value.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw line.error("must be host:port, not '" + value + "'");
        }
    }
}
