package org.interchange.cache.spi;

import java.util.List;

/** The narrow port through which a backend writes into the cache for one account. */
public interface BackendStorage {
    String accountId();

    /** Makes the cached folder list equal to {@code folders}: adds, renames, moves and removes (with items). */
    void replaceFolders(List<RemoteFolder> folders);

    List<RemoteFolder> folders();

    BackendFolder folder(String folderServerId);

    /** Makes the account's cached global address list equal to {@code entries} (offered after contacts in completion). */
    void replaceAddressList(List<RemoteAddress> entries);
}
