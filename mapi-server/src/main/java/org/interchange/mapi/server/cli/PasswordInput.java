package org.interchange.mapi.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads a new password from a file, from standard input, or twice from the console; never from the command line. */
final class PasswordInput {
    private PasswordInput() {
    }

    static char[] read(Path passwordFile, boolean fromStdin, String user) throws IOException {
        if (passwordFile != null) {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            return text.toCharArray();
        }
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IOException("no password on standard input");
            }
            return line.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IOException("no console to ask for the password: use --password-file or --password-stdin");
        }
        char[] first = console.readPassword("New password for %s: ", user);
        char[] second = console.readPassword("Repeat it: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new IOException("the passwords differ");
        }
        Arrays.fill(second, ' ');
        return first;
    }
}
