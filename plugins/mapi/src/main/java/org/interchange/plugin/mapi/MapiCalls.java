package org.interchange.plugin.mapi;

import org.interchange.cache.spi.BackendException;
import org.interchange.mapi.client.MapiAuthenticationException;
import org.interchange.mapi.client.MapiException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiSessionExpiredException;
import org.interchange.mapi.client.MapiTransportException;

/** Runs a call on the account's session and turns MAPI failures into {@link BackendException}s. */
final class MapiCalls {
    private MapiCalls() {
    }

    /** One call on the session. */
    interface Call<T> {
        T run(MapiSession session);
    }

    /** Runs {@code call}; an expired session is replaced once and the call repeated. */
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
        } catch (MapiException failed) {
            throw new BackendException("cannot " + what + ": " + failed.getMessage(), false, failed);
        }
    }
}
