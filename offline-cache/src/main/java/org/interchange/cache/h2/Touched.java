package org.interchange.cache.h2;

import java.util.LinkedHashSet;
import java.util.Set;

/** The folders, and their account, whose items or counts one transaction changed; told to listeners after it. */
final class Touched {

    private final Set<Long> folders = new LinkedHashSet<>();
    private String accountId;

    Touched folder(String account, long folderId) {
        accountId = account;
        folders.add(folderId);
        return this;
    }

    /** Tells the listeners, after the commit, which folders changed. */
    void tell(Listeners listeners) {
        folders.forEach(listeners::itemsChanged);
        if (accountId != null) {
            listeners.foldersChanged(accountId);
        }
    }
}
