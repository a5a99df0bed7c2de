package org.interchange.app;

import java.nio.file.Path;
import org.interchange.mapi.server.EmbeddedDemoServer;

/** The only place the client touches mapi-server: it runs the embedded demo server in-process. */
final class DemoServerLauncher {
    private DemoServerLauncher() {
    }

    /** Starts the server on a free loopback port with its data under {@code dataDir}; returns how to reach it. */
    static RunningServer start(Path dataDir) {
        EmbeddedDemoServer server = EmbeddedDemoServer.start(dataDir);
        return new RunningServer(server.emsmdbUri().toString(), server.user(), server.emailAddress(),
                server.password().toCharArray(), server);
    }

    /** A started demo server with its demo account; closing it stops the server. */
    record RunningServer(String url, String user, String emailAddress, char[] password, AutoCloseable handle)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            handle.close();
        }
    }
}
