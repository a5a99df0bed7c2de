package org.interchange.mapi.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every {@code interchange-server} subcommand has: the {@code --config} option and its own output stream. */
abstract class AdminCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;

    /** Where the command reports what it did. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
