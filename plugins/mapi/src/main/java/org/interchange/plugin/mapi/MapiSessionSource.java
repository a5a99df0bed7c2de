package org.interchange.plugin.mapi;

import java.net.InetAddress;
import java.net.URI;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiSessionOptions;

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
            URI url = URI.create(settings.serverUrl());
            session = MapiSession.connect(url, settings.userName(), settings.password(),
                    MapiSessionOptions.builder().allowCompression(!isLoopback(url)).build());
        }
        return session;
    }

    /**
     * Whether the server runs on this machine: then LZ77 compression of responses ([MS-OXCRPC] 3.1.4.1.1.2) only
     * costs both sides CPU time, so the session asks for none (Execute flags NoCompression and NoXorMagic).
     */
    static boolean isLoopback(URI url) {
        String host = url.getHost();
        if (host == null) {
            return false;
        }
        try {
            return host.equalsIgnoreCase("localhost") || InetAddress.ofLiteral(host.replaceAll("^\\[|]$", ""))
                    .isLoopbackAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
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
