package org.interchange.cache.spi;

/** What a backend needs to reach an account. The password lives in memory only. */
public record AccountSettings(String accountId, String serverUrl, String userName, char[] password) {
    @Override
    public String toString() {
        return "AccountSettings[" + accountId + ", " + serverUrl + ", " + userName + ", password=***]";
    }
}
