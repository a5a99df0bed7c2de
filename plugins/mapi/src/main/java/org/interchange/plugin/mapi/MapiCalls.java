package org.interchange.plugin.mapi;

import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.SyncCursorRejectedException;
import org.interchange.mapi.client.MapiAuthenticationException;
import org.interchange.mapi.client.MapiException;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiServerBusyException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiSessionExpiredException;
import org.interchange.mapi.client.MapiTransportException;
import org.interchange.mapi.client.ics.IcsStateRejectedException;

/** Runs a call on the account's session and turns MAPI failures into {@link BackendException}s. */
final class MapiCalls {
    private MapiCalls() {
    }

    /** One call on the session. */
    interface Call<T> {
        T run(MapiSession session);
    }

    /**
     * Runs {@code call}; an expired session is replaced once and the call repeated. After any other failure
     * but a refused operation the session is dropped, so the next call starts on a fresh one: a session whose
     * request or reconnect was cut may be left without a connection or mid-way through a FastTransfer stream.
     */
    static <T> T run(MapiSessionSource sessions, String what, Call<T> call) throws BackendException {
        try {
            try {
                return call.run(sessions.session());
            } catch (MapiSessionExpiredException expired) {
                sessions.discard();
                return call.run(sessions.session());
            }
        } catch (MapiTransportException unreachable) {
            sessions.discard();
            throw new BackendException("cannot " + what + ": the server cannot be reached ("
                    + unreachable.getMessage() + ")", true, unreachable);
        } catch (MapiAuthenticationException auth) {
            sessions.discard();
            throw new BackendException("cannot " + what + ": the server refused the user name or password",
                    false, auth);
        } catch (MapiServerBusyException busy) {
            sessions.discard();
            throw new BackendException("cannot " + what + ": the server is busy (" + busy.getMessage() + ")", true,
                    busy);
        } catch (IcsStateRejectedException rejected) {
            throw new SyncCursorRejectedException("cannot " + what + ": " + rejected.getMessage(), rejected);
        } catch (MapiOperationException refused) {
            throw new BackendException("cannot " + what + ": " + refused.getMessage(), false, refused);
        } catch (MapiException failed) {
            sessions.discard();
            throw new BackendException("cannot " + what + ": " + failed.getMessage(), false, failed);
        }
    }
}
