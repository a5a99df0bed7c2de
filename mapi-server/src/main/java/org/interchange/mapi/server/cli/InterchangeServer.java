package org.interchange.mapi.server.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code interchange-server}: runs the MAPI server and administers it (users, passwords, mail import, folder permissions). */
@Command(name = "interchange-server", mixinStandardHelpOptions = true, version = "interchange-server 0.1.0",
        description = "Runs the Interchange MAPI server (MAPI/HTTP, address book, LMTP) and administers it.",
        subcommands = {RunCommand.class, UserCommand.class, ImportCommand.class, PermissionCommands.Grant.class,
                PermissionCommands.Revoke.class, PermissionCommands.ListPermissions.class})
public final class InterchangeServer {

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The command line with its output streams and a one-line error report for failures. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new InterchangeServer());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("interchange-server: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cl;
    }
}
