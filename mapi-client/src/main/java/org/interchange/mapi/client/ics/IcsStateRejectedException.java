package org.interchange.mapi.client.ics;

import org.interchange.mapi.client.MapiException;

/**
 * The ICS state given to a download is unusable: damaged, made for another folder or kind of
 * download, or refused by the server ([MS-OXCFXICS] 3.2.5.9.2.3). Resynchronize the folder from
 * an empty state.
 */
public final class IcsStateRejectedException extends MapiException {
    private static final long serialVersionUID = 1L;

    public IcsStateRejectedException(String message) {
        super(message);
    }

    public IcsStateRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
