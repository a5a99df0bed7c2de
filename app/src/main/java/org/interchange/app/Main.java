package org.interchange.app;

import javafx.application.Application;
import picocli.CommandLine;

/** Starts the desktop client; see {@link AppOptions} for the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine line = new CommandLine(new AppOptions());
        try {
            CommandLine.ParseResult parsed = line.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return;
            }
        } catch (CommandLine.ParameterException e) {
            System.err.println(e.getMessage());
            line.usage(System.err);
            System.exit(2);
        }
        Application.launch(InterchangeApplication.class, args);
    }
}
