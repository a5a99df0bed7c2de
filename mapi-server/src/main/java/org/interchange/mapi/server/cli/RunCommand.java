package org.interchange.mapi.server.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.interchange.mapi.server.runtime.ServerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code interchange-server run}: serves until stopped (SIGTERM or Ctrl+C), then shuts down gracefully. */
@Command(name = "run", description = "Runs the server until it is stopped.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerRuntime runtime = ServerRuntime.start(config.load());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "interchange-shutdown"));
        spec.commandLine().getOut().println("interchange-server: serving " + runtime.http().emsmdbUri()
                + runtime.lmtp().map(l -> ", LMTP on port " + l.port()).orElse(""));
        stopped.await();
        return 0;
    }
}
