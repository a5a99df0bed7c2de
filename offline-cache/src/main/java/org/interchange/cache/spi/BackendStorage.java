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
     * together (with the ICS states they carry), when enough of them wait, when {@link #commitWaiting} finds them
     * waiting long enough, and when the group closes. A batch that fails is undone alone. Reads through this storage see the waiting batches.
     * A sync run opens one so that many folders with a few changes each cost one transaction instead of one each.
     */
    CommitGroup groupCommits();

    /**
     * Commits the batches waiting in the open commit group, if the oldest of them has waited a while (a fraction of a
     * second). A backend calls it before it waits for the server and again every so often while it waits (the MAPI
     * plugin every 50 ms), so that what it has written is not held back from readers, or holds up other writers, for
     * long while the sync waits on the network; a quick server is not waited for after every batch.
     */
    void commitWaiting();

    /** Makes the account's cached global address list equal to {@code entries} (offered after contacts in completion). */
    void replaceAddressList(List<RemoteAddress> entries);
}
