package org.interchange.mapi.server.cli;

import java.util.concurrent.CountDownLatch;
import org.interchange.mapi.server.runtime.ServerRuntime;
import picocli.CommandLine.Command;

/** {@code interchange-server run}: serves until stopped (SIGTERM or Ctrl+C), then shuts down gracefully. */
@Command(name = "run", description = "Runs the server until it is stopped.")
final class RunCommand extends AdminCommand {

    @Override
    public Integer call() throws InterruptedException {
        ServerRuntime runtime = ServerRuntime.start(config.load());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "interchange-shutdown"));
        out().println("interchange-server: serving " + runtime.http().emsmdbUri()
                + runtime.lmtp().map(l -> ", LMTP on port " + l.port()).orElse(""));
        stopped.await();
        return 0;
    }
}
