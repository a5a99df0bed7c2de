package org.interchange.tools;

import java.io.Console;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and as whom to connect; the password comes from a file, INTERCHANGE_PASSWORD or the console, never the command line. */
final class ServerOptions {
    static final String PASSWORD_VARIABLE = "INTERCHANGE_PASSWORD";

    @Option(names = "--server", required = true, paramLabel = "URL", description = "Mailbox URL (…/mapi/emsmdb).")
    URI server;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "User name.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password (else " + PASSWORD_VARIABLE + ", else a prompt).")
    Path passwordFile;

    char[] password() throws IOException {
        if (passwordFile != null) {
            return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("")
                    .toCharArray();
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IOException("no password: give --password-file or set " + PASSWORD_VARIABLE);
        }
        return console.readPassword("Password for %s: ", user);
    }
}
