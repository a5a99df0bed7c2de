package org.interchange.mapi.server.store.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server (Debian's package) in its own directory on a loopback port:
 * initdb, pg_ctl start, one database; removed on close. When the tests run as root the server
 * runs as the postgres user, as PostgreSQL requires.
 */
public final class PostgresInstance implements AutoCloseable {
    private final Path root;
    private final Path binaries;
    private final int port;

    private PostgresInstance(Path root, Path binaries, int port) {
        this.root = root;
        this.binaries = binaries;
        this.port = port;
    }

    /** Starts a server with database {@code interchange} owned by user {@code interchange} (password {@code interchange}). */
    public static PostgresInstance start() throws IOException, InterruptedException {
        Path bin = findBinaries();
        Path root = Files.createTempDirectory(Path.of("/tmp"), "interchange-pg-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        int port = freePort();
        PostgresInstance pg = new PostgresInstance(root, bin, port);
        try {
            if (isRoot()) {
                run("chown", "postgres", root.toString());
            }
            Path pw = root.resolve("pwfile");
            Files.writeString(pw, "interchange\n");
            if (isRoot()) {
                run("chown", "postgres", pw.toString());
            }
            pg.asPostgres(bin.resolve("initdb").toString(), "-D", root.resolve("data").toString(), "-U", "interchange",
                    "--pwfile=" + pw, "-A", "scram-sha-256", "-E", "UTF8", "--no-sync");
            pg.asPostgres(bin.resolve("pg_ctl").toString(), "-D", root.resolve("data").toString(), "-w", "-t", "60",
                    "-l", root.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
            try (var c = java.sql.DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "interchange", "interchange");
                    var s = c.createStatement()) {
                s.execute("CREATE DATABASE interchange");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot create the test database: " + e.getMessage(), e);
            }
            return pg;
        } catch (IOException | RuntimeException | InterruptedException e) {
            pg.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/interchange";
    }

    public String user() {
        return "interchange";
    }

    public String password() {
        return "interchange";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(root.resolve("data").resolve("postmaster.pid"))) {
                asPostgres(binaries.resolve("pg_ctl").toString(), "-D", root.resolve("data").toString(), "-m", "fast",
                        "-w", "stop");
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        Process p = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            String log = Files.exists(root.resolve("server.log")) ? Files.readString(root.resolve("server.log")) : "";
            throw new IllegalStateException(String.join(" ", command) + " failed: "
                    + new String(out, StandardCharsets.UTF_8) + log);
        }
    }

    private static Path findBinaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        Path found = null;
        if (Files.isDirectory(base)) {
            try (Stream<Path> versions = Files.list(base)) {
                found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(Path::toString)).orElse(null);
            }
        }
        if (found == null) {
            if (System.getenv("INTERCHANGE_REQUIRE_POSTGRES") != null) {
                throw new IllegalStateException("INTERCHANGE_REQUIRE_POSTGRES is set but no PostgreSQL server is installed");
            }
            Assumptions.abort("needs Debian's postgresql package (CI installs it)");
        }
        return found;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
