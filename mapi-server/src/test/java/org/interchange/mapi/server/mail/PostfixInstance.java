package org.interchange.mapi.server.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A private Postfix instance (Debian's package) in its own directory: SMTP on a loopback port,
 * mail for one domain handed to an LMTP server. Needs root, as Postfix itself does. Shared with the
 * client's end-to-end test through the test-jar.
 */
public final class PostfixInstance implements AutoCloseable {
    private static final List<String> SERVICES = List.of(
            "cleanup unix n - n - 0 cleanup", "qmgr unix n - n 300 1 qmgr", "rewrite unix - - n - - trivial-rewrite",
            "bounce unix - - n - 0 bounce", "defer unix - - n - 0 bounce", "trace unix - - n - 0 bounce",
            "verify unix - - n - 1 verify", "flush unix n - n 1000? 0 flush", "proxymap unix - - n - - proxymap",
            "smtp unix - - n - - smtp", "relay unix - - n - - smtp", "showq unix n - n - - showq",
            "error unix - - n - - error", "retry unix - - n - - error", "discard unix - - n - - discard",
            "lmtp unix - - n - - lmtp", "anvil unix - - n - 1 anvil", "scache unix - - n - 1 scache",
            "postlog unix-dgram n - n - 1 postlogd");

    private final Path root;
    private final int smtpPort;

    private PostfixInstance(Path root, int smtpPort) {
        this.root = root;
        this.smtpPort = smtpPort;
    }

    /** Starts Postfix delivering mail for {@code domain} to LMTP at 127.0.0.1:{@code lmtpPort}. */
    public static PostfixInstance start(String domain, int lmtpPort) throws IOException, InterruptedException {
        requirePostfix();
        Path root = Files.createTempDirectory(Path.of("/tmp"), "interchange-postfix-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path etc = Files.createDirectories(root.resolve("etc"));
        Path data = Files.createDirectories(root.resolve("data"));
        Files.createDirectories(root.resolve("spool"));
        run("chown", "postfix", data.toString());
        int port = freePort();
        Files.writeString(etc.resolve("main.cf"), String.join("\n",
                "compatibility_level = 3.6", "queue_directory = " + root.resolve("spool"), "data_directory = " + data,
                "mail_owner = postfix", "myhostname = mx.interchange.test", "mydestination =",
                "inet_interfaces = 127.0.0.1", "inet_protocols = ipv4", "mynetworks = 127.0.0.0/8",
                "smtpd_relay_restrictions = permit_mynetworks, reject", "virtual_mailbox_domains = " + domain,
                "virtual_transport = lmtp:inet:127.0.0.1:" + lmtpPort, "lmtp_host_lookup = native",
                "smtp_host_lookup = native", "alias_maps =", "alias_database =",
                "maillog_file_prefixes = " + root, "maillog_file = " + root.resolve("maillog"), ""));
        Files.writeString(etc.resolve("master.cf"),
                "127.0.0.1:" + port + " inet n - n - - smtpd\n" + String.join("\n", SERVICES) + "\n");
        PostfixInstance instance = new PostfixInstance(root, port);
        instance.postfix("start");
        instance.awaitListening();
        return instance;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Postfix's own log, for failure messages. */
    public String log() {
        try {
            return Files.readString(root.resolve("maillog"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no maillog: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            postfix("stop");
        } finally {
            try (var files = Files.walk(root)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void requirePostfix() {
        boolean present = Files.isExecutable(Path.of("/usr/sbin/postfix"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (System.getenv("INTERCHANGE_REQUIRE_POSTFIX") == null) {
            Assumptions.assumeTrue(present && root, "needs Debian's postfix package and root (CI installs both)");
        } else if (!present || !root) {
            throw new IllegalStateException("INTERCHANGE_REQUIRE_POSTFIX is set but postfix or root is missing");
        }
    }

    private void postfix(String command) throws IOException, InterruptedException {
        run("/usr/sbin/postfix", "-c", root.resolve("etc").toString(), command);
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (var socket = new java.net.Socket("127.0.0.1", smtpPort)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("postfix did not listen on " + smtpPort + ":\n" + log());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
