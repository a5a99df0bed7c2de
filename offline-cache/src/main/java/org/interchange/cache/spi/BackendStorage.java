package org.interchange.cache.spi;

import java.util.List;

/** The narrow port through which a backend writes into the cache for one account. */
public interface BackendStorage {
    String accountId();

    /** Makes the cached folder list equal to {@code folders}: adds, renames, moves and removes (with items). */
    void replaceFolders(List<RemoteFolder> folders);

    List<RemoteFolder> folders();

    BackendFolder folder(String folderServerId);

    /**
     * Opens a commit group: until it closes, the batches committed in this storage's folders wait and are committed
     * together (with the ICS states they carry), when enough of them wait, when {@link #commitWaiting} is called and
     * when the group closes. A batch that fails is undone alone. Reads through this storage see the waiting batches.
     * A sync run opens one so that many folders with a few changes each cost one transaction instead of one each.
     */
    CommitGroup groupCommits();

    /**
     * Commits the batches waiting in the open commit group, if any. A backend calls it before it waits for the server,
     * so that nothing it has written waits on the network uncommitted (other writers would wait for its locks).
     */
    void commitWaiting();

    /** Makes the account's cached global address list equal to {@code entries} (offered after contacts in completion). */
    void replaceAddressList(List<RemoteAddress> entries);
}
