package org.interchange.mapi.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of {@code interchange-server}, read from a plain file of {@code key = value} lines
 * ({@code #} starts a comment). Unknown keys, duplicates and bad values are errors that name the
 * line, so a typo never silently falls back to a default. Relative paths are relative to the file.
 *
 * <pre>
 * data.dir = /var/lib/interchange        # mailboxes and accounts (H2 files)
 * http.host = 0.0.0.0                    # MAPI/HTTP, NSPI and autodiscover
 * http.port = 8443
 * tls.keystore = server.p12              # PKCS#12; or tls.certificate + tls.private-key (PEM)
 * tls.keystore.password-file = server.p12.pass
 * lmtp.host = 127.0.0.1                  # incoming mail from the MTA
 * lmtp.port = 2424
 * smtp.relay = 127.0.0.1:25              # outgoing mail to the MTA
 * smtp.require-tls = false
 * server.name = mail.example.org
 * mail.max-message-bytes = 52428800
 * store.postgresql.url = jdbc:postgresql://127.0.0.1:5432/interchange   # optional: mailboxes in PostgreSQL
 * store.postgresql.user = interchange
 * store.postgresql.password-file = db.pass
 * auth.ntlm = true                       # offer NTLMv2 and keep NT hashes (default true)
 * auth.ntlm.domain = INTERCHANGE         # NetBIOS domain offered in the NTLM CHALLENGE
 * auth.ntlm.key-file = nt-hash.key       # AES-256 key sealing the NT hashes (default: data.dir/nt-hash.key)
 * </pre>
 */
public record ServerConfig(Path dataDir, String httpHost, int httpPort, Optional<TlsSettings> tls,
        Optional<Endpoint> lmtp, Optional<Endpoint> smtpRelay, boolean smtpRequireTls, String serverName,
        long maxMessageBytes, Optional<PostgresSettings> postgres, Optional<NtlmSettings> ntlm) {

    /** NTLMv2 is offered with this NetBIOS domain, and NT hashes are sealed with the key in {@code keyFile}. */
    public record NtlmSettings(String domain, Path keyFile) {
    }

    /** A PostgreSQL database for the mailboxes instead of the embedded H2 file. */
    public record PostgresSettings(String jdbcUrl, String user, Path passwordFile) {
    }

    /** Where TLS keys come from: a PKCS#12 store with its password file, or a PEM certificate chain and key. */
    public record TlsSettings(Optional<Path> keystore, Optional<Path> keystorePasswordFile,
            Optional<Path> certificate, Optional<Path> privateKey) {
    }

    /** A host and port. */
    public record Endpoint(String host, int port) {
    }

    private static final Set<String> KEYS = Set.of("data.dir", "http.host", "http.port", "tls.keystore",
            "tls.keystore.password-file", "tls.certificate", "tls.private-key", "lmtp.host", "lmtp.port", "smtp.relay",
            "smtp.require-tls", "server.name", "mail.max-message-bytes", "store.postgresql.url", "store.postgresql.user",
            "store.postgresql.password-file", "auth.ntlm", "auth.ntlm.domain", "auth.ntlm.key-file");

    /** Reads and checks {@code file}. */
    public static ServerConfig load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage());
        }
        Map<String, Line> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = stripComment(lines.get(i)).strip();
            if (text.isEmpty()) {
                continue;
            }
            int eq = text.indexOf('=');
            String where = file + " line " + (i + 1);
            if (eq < 1) {
                throw new ConfigException(where + ": expected 'key = value', found '" + text + "'");
            }
            String key = text.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                throw new ConfigException(where + ": unknown key '" + key + "' (known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
            if (values.containsKey(key)) {
                throw new ConfigException(where + ": '" + key + "' is already set on line " + values.get(key).number());
            }
            values.put(key, new Line(i + 1, where, key, text.substring(eq + 1).strip()));
        }
        return new Reader(file.toAbsolutePath().getParent(), values).config();
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    record Line(int number, String where, String key, String value) {
        ConfigException error(String problem) {
            return new ConfigException(where + ": " + key + " " + problem);
        }
    }
}
