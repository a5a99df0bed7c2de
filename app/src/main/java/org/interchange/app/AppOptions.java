package org.interchange.app;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The client's command line: the account set up last (or the embedded demo server when there is
 * none), an account on a given server, or the set-up wizard.
 */
@Command(name = "interchange", mixinStandardHelpOptions = true, version = "Interchange 0.1.0",
        description = "Mail, calendars, contacts, tasks and notes over MAPI, cached for offline use.")
public final class AppOptions {

    @Option(names = "--server", paramLabel = "URL",
            description = "Mailbox URL of a MAPI/HTTP server (…/mapi/emsmdb/).")
    URI server;

    @Option(names = "--user", paramLabel = "NAME", description = "User name for --server.")
    String user;

    @Option(names = "--setup", description = "Set up an account: e-mail address and password, server found by autodiscover.")
    boolean setup;

    @Option(names = "--autodiscover", paramLabel = "URL",
            description = "With --setup: ask this autodiscover URL instead of the address's domain.")
    URI autodiscover;

    @Option(names = "--demo", description = "Use the embedded demo server even when an account was set up.")
    boolean forceDemo;

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

    public boolean setup() {
        return setup;
    }

    public URI autodiscover() {
        return autodiscover;
    }

    public boolean forceDemo() {
        return forceDemo;
    }

    /** The profile given with --profile, if any. */
    public Path explicitProfile() {
        return profile;
    }

    /** The folder under which profiles live: $XDG_DATA_HOME/interchange or ~/.local/share/interchange. */
    public static Path profilesRoot() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("interchange");
    }

    /** The profile folder of an account: the one given, else one named after the user and host. */
    public Path profileFor(String userName, URI url) {
        return profile != null ? profile
                : profilesRoot().resolve((userName + "@" + url.getHost()).replaceAll("[^A-Za-z0-9@._-]", "_"));
    }

    /** The demo's profile folder: the one given, else {@code demo} under the profiles root. */
    public Path demoProfile() {
        return profile != null ? profile : profilesRoot().resolve("demo");
    }
}
