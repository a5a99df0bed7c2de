package org.interchange.cache.h2;

import java.sql.SQLException;
import java.util.List;
import java.util.function.LongSupplier;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CommitGroup;
import org.interchange.cache.spi.RemoteAddress;
import org.interchange.cache.spi.RemoteFolder;

/** The H2 cache as one account's backend writes into it (K-9's BackendStorage). */
final class H2BackendStorage implements BackendStorage {

    private final H2Database db;
    private final Listeners listeners;
    private final String accountId;
    /** The open commit group, or null. */
    private H2CommitGroup group;

    H2BackendStorage(H2Database db, Listeners listeners, String accountId) {
        this.db = db;
        this.listeners = listeners;
        this.accountId = accountId;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public void replaceFolders(List<RemoteFolder> folders) {
        boolean changed = db.write("replacing the folders of " + accountId,
                c -> FolderTable.replace(c, accountId, folders));
        if (changed) {
            listeners.foldersChanged(accountId);
        }
    }

    @Override
    public List<RemoteFolder> folders() {
        return db.read("reading the folders of " + accountId, c -> FolderTable.remoteFolders(c, accountId));
    }

    @Override
    public BackendFolder folder(String folderServerId) {
        long id = db.read("finding folder " + folderServerId, c -> FolderTable.idOf(c, accountId, folderServerId))
                .orElseThrow(() -> new CacheException(
                        "Account " + accountId + " has no cached folder with server id " + folderServerId));
        return new H2BackendFolder(db, listeners, this, id, folderServerId);
    }

    @Override
    public CommitGroup groupCommits() {
        return groupCommits(System::nanoTime);
    }

    /** {@link #groupCommits()} with the clock that times how long its batches wait. */
    CommitGroup groupCommits(LongSupplier nanoClock) {
        if (group != null) {
            throw new IllegalStateException("A commit group of account " + accountId + " is open already");
        }
        group = new H2CommitGroup(db, listeners, accountId, () -> group = null, nanoClock);
        return group;
    }

    @Override
    public void commitWaiting() {
        if (group == null) {
            return;
        }
        try {
            group.commitIfWaitedLong();
        } catch (SQLException e) {
            throw H2Database.failure("committing the waiting batches of " + accountId, e);
        }
    }

    /** Commits everything the open commit group holds, if any, before work in a transaction of its own. */
    void commitGroup() {
        if (group == null) {
            return;
        }
        try {
            group.commit();
        } catch (SQLException e) {
            throw H2Database.failure("committing the waiting batches of " + accountId, e);
        }
    }

    /** The open commit group, or null. */
    H2CommitGroup group() {
        return group;
    }

    /** Runs {@code work} on the open commit group's connection, which sees its waiting batches, or as a plain read. */
    <T> T read(String what, SqlWork<T> work) {
        if (group == null) {
            return db.read(what, work);
        }
        try {
            return work.run(group.connection());
        } catch (SQLException e) {
            throw H2Database.failure(what, e);
        }
    }

    @Override
    public void replaceAddressList(List<RemoteAddress> entries) {
        db.write("replacing the address list of " + accountId, c -> {
            AddressListTable.replace(c, accountId, entries);
            return null;
        });
    }
}
