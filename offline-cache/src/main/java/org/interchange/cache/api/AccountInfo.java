package org.interchange.cache.api;

/** An account known to the cache. Holds no credentials. */
public record AccountInfo(String id, String displayName, String backendType, String serverUrl, String userName) {
}
