package org.interchange.plugin.mapi;

import java.net.URI;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.mapi.client.MapiSession;

/** Opens the account's MAPI session when a sync first needs it, and again after it failed. */
final class MapiSessionSource implements AutoCloseable {
    private final AccountSettings settings;
    private MapiSession session;
    private boolean closed;

    MapiSessionSource(AccountSettings settings) {
        this.settings = settings;
    }

    synchronized MapiSession session() {
        if (closed) {
            throw new IllegalStateException("the account's sessions are closed");
        }
        if (session == null) {
            session = MapiSession.connect(URI.create(settings.serverUrl()), settings.userName(), settings.password());
        }
        return session;
    }

    /** Drops a session the server no longer accepts, so the next call connects anew. */
    synchronized void discard() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException ignored) {
                // the session is already unusable; closing is best effort
            }
            session = null;
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
        discard();
    }
}
