package org.interchange.cache.spi;

import java.util.Objects;
import org.interchange.cache.api.SyncScope;

/**
 * What a backend needs to reach an account, and how much of its mail to keep offline ({@link SyncScope},
 * [MS-OXCFXICS] 2.2.3.2.1.1.1). The password lives in memory only.
 */
public record AccountSettings(String accountId, String serverUrl, String userName, char[] password,
                              SyncScope syncScope) {

    public AccountSettings {
        Objects.requireNonNull(syncScope, "syncScope");
    }

    /** Settings that keep all mail ({@link SyncScope#ALL}). */
    public AccountSettings(String accountId, String serverUrl, String userName, char[] password) {
        this(accountId, serverUrl, userName, password, SyncScope.ALL);
    }

    @Override
    public String toString() {
        return "AccountSettings[" + accountId + ", " + serverUrl + ", " + userName + ", password=***, " + syncScope
                + "]";
    }
}
