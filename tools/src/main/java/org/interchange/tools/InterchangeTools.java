package org.interchange.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line tools over the MAPI client library (exchange2mbox's successor). */
@Command(name = "interchange-tools", mixinStandardHelpOptions = true, version = "Interchange 0.1.0",
        description = "Command-line tools for MAPI servers.", subcommands = {ExportCommand.class, ImportCommand.class})
public final class InterchangeTools {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with errors reported in one line (the exception's message), exit code 1. */
    static CommandLine commandLine() {
        return new CommandLine(new InterchangeTools()).setExecutionExceptionHandler((error, cmd, parsed) -> {
            cmd.getErr().println("interchange-tools: " + error.getMessage());
            return 1;
        });
    }
}
