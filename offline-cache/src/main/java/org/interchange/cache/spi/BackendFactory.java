package org.interchange.cache.spi;

/** An account plugin, found with {@link java.util.ServiceLoader}. */
public interface BackendFactory {
    /** A short stable name, e.g. "mapi". */
    String type();

    String displayName();

    Backend create(AccountSettings settings);
}
