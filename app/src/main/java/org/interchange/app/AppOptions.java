package org.interchange.app;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The client's command line: the embedded demo server by default, or an account on another server. */
@Command(name = "interchange", mixinStandardHelpOptions = true, version = "Interchange 0.1.0",
        description = "Mail, calendars, contacts, tasks and notes over MAPI, cached for offline use.")
public final class AppOptions {

    @Option(names = "--server", paramLabel = "URL",
            description = "Mailbox URL of a MAPI/HTTP server (…/mapi/emsmdb/). Without it the embedded demo server runs.")
    URI server;

    @Option(names = "--user", paramLabel = "NAME", description = "User name for --server.")
    String user;

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Folder of the local cache (default: ~/.local/share/interchange/<demo|account>).")
    Path profile;

    @Option(names = "--offline", description = "Open the cache without connecting to any server.")
    boolean offline;

    public URI server() {
        return server;
    }

    public String user() {
        return user;
    }

    public boolean offline() {
        return offline;
    }

    public boolean demo() {
        return server == null;
    }

    /** The profile folder: the one given, else one per account under the user's data folder. */
    public Path profileDir() {
        if (profile != null) {
            return profile;
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        String name = demo() ? "demo" : (user + "@" + server.getHost()).replaceAll("[^A-Za-z0-9@._-]", "_");
        return base.resolve("interchange").resolve(name);
    }
}
