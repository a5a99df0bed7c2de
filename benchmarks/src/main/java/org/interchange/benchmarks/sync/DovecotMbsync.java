package org.interchange.benchmarks.sync;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference side of the benchmark: Debian's Dovecot serving the Maildir on loopback IMAP and isync's
 * mbsync pulling it into a local Maildir (installed with apt-get when missing). mbsync runs with
 * {@code FSync yes} (its default: each message file and its sync state are forced to disk) or {@code FSync no}.
 */
final class DovecotMbsync implements AutoCloseable {
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password";

    /** USER_HZ, the unit of /proc/PID/stat times on Linux. */
    private static final long CLOCK_TICKS = 100;
    private final Path dir;
    private final int port;
    private Process dovecot;

    DovecotMbsync(Path dir) throws IOException {
        this.dir = dir;
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
    }

    /** Installs dovecot-imapd and isync with apt-get unless dovecot and mbsync are present. */
    static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(Path.of("/usr/sbin/dovecot")) && Files.isExecutable(Path.of("/usr/bin/mbsync"))) {
            return;
        }
        System.out.println("installing dovecot-imapd and isync with apt-get ...");
        if (run(List.of("apt-get", "install", "-y", "-q", "dovecot-imapd", "isync")) != 0) {
            run(List.of("apt-get", "update", "-q"));
            if (run(List.of("apt-get", "install", "-y", "-q", "dovecot-imapd", "isync")) != 0) {
                throw new IllegalStateException("apt-get could not install dovecot-imapd and isync");
            }
        }
    }

    /** Starts Dovecot on loopback serving {@code maildir} (handed to the unprivileged user "nobody"). */
    void start(Path maildir) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(dir.resolve("passwd"), USER + ":{PLAIN}" + PASSWORD + "\n");
        Files.writeString(dir.resolve("dovecot.conf"), """
                protocols = imap
                listen = 127.0.0.1
                base_dir = %1$s/run
                instance_name = interchange-bench
                log_path = %1$s/dovecot.log
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                mail_location = maildir:%2$s
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/passwd
                }
                userdb {
                  driver = static
                  args = uid=nobody gid=nogroup home=%3$s
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %4$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                """.formatted(dir, maildir, home, port));
        run(List.of("chown", "-R", "nobody:nogroup", maildir.toString(), home.toString()));
        dovecot = new ProcessBuilder("/usr/sbin/dovecot", "-F", "-c", dir.resolve("dovecot.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dovecot.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("dovecot did not listen on port " + port + "; see " + dir.resolve("dovecot.log"));
    }

    /** Gives changed Maildir files back to the user Dovecot reads them as. */
    void handOver(Path maildir) throws IOException, InterruptedException {
        run(List.of("chown", "-R", "nobody:nogroup", maildir.toString()));
    }

    /**
     * What one mbsync run took: wall time, mbsync's peak resident size and CPU time (user and system), and the CPU
     * time Dovecot's processes used meanwhile (the master and the children it reaped, read from /proc).
     */
    record Run(long millis, long maxRssKb, long cpuMillis, long dovecotCpuMillis) {
    }

    /** Runs mbsync pulling every folder into {@code target}; the first run is the initial sync. */
    Run sync(Path target, boolean fsync) throws IOException, InterruptedException {
        Files.createDirectories(target);
        Path config = dir.resolve("mbsyncrc");
        Files.writeString(config, """
                FSync %5$s

                IMAPAccount bench
                Host 127.0.0.1
                Port %1$d
                User %2$s
                Pass %3$s
                SSLType None
                AuthMechs LOGIN

                IMAPStore remote
                Account bench

                MaildirStore local
                Path %4$s/
                Inbox %4$s/INBOX
                SubFolders Verbatim

                Channel bench
                Far :remote:
                Near :local:
                Patterns *
                Create Near
                Sync Pull
                SyncState *
                """.formatted(port, USER, PASSWORD, target, fsync ? "yes" : "no"));
        // python's getrusage gives the peak resident size of the finished child
        List<String> command = List.of("python3", "-c", "import resource,subprocess,sys,time\n"
                + "t=time.monotonic(); r=subprocess.run(sys.argv[1:]); e=time.monotonic()-t\n"
                + "u=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
                + "print('MBSYNC', r.returncode, int(e*1000), u.ru_maxrss, int((u.ru_utime+u.ru_stime)*1000))",
                "mbsync", "-q", "-c", config.toString(), "bench");
        long dovecotBefore = dovecotCpuMillis();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var out = p.inputReader(StandardCharsets.UTF_8)) {
            out.lines().forEach(lines::add);
        }
        p.waitFor();
        String result = lines.stream().filter(l -> l.startsWith("MBSYNC ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("mbsync did not run: " + lines));
        String[] f = result.split(" ");
        if (!f[1].equals("0")) {
            throw new IllegalStateException("mbsync failed (exit " + f[1] + "): " + lines);
        }
        Thread.sleep(300);
        return new Run(Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                dovecotCpuMillis() - dovecotBefore);
    }

    /** utime + stime + cutime + cstime of the Dovecot master ([proc(5)] /proc/PID/stat), in milliseconds. */
    private long dovecotCpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(dovecot.pid()), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        return ticks * 1000 / CLOCK_TICKS;
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    @Override
    public void close() {
        if (dovecot != null) {
            dovecot.destroy();
            try {
                dovecot.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            dovecot.destroyForcibly();
        }
    }
}
