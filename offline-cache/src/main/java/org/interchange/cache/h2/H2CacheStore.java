package org.interchange.cache.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.interchange.cache.api.AccountInfo;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.Cache;
import org.interchange.cache.api.CacheEdits;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.FolderEdits;
import org.interchange.cache.api.CacheListener;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.DeleteMode;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.search.ItemSearch;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.PendingOperationLog;

/**
 * The offline cache of one profile in an embedded H2 database file (ARCHITECTURE.md, "How data flows";
 * rows as evolution-data-server's ECache). Open it with {@link #open(Path)}; the UI reads it as a
 * {@link Cache} and edits it as {@link CacheEdits}, backends write through {@link #storage(String)}, the sync engine uploads
 * {@link #pendingOperations(String)}. Safe for use from several threads.
 */
public final class H2CacheStore implements Cache, CacheEdits, FolderEdits {

    /** The base name of the database in the profile directory; H2 stores it as {@code cache.mv.db}. */
    public static final String FILE_NAME = "cache";
    /** The directory of the search index in the profile directory, beside the database. */
    public static final String SEARCH_INDEX_DIR = "search-index";

    private final H2Database db;
    private final ItemSearch search;
    private final Listeners listeners = new Listeners();
    private final ListPositions positions;
    private final MissingBodies missingBodies;

    private H2CacheStore(H2Database db, ItemSearch search) {
        this.db = db;
        this.search = search;
        this.positions = new ListPositions(db);
        listeners.add(positions);
        this.missingBodies = new MissingBodies(db, listeners);
    }

    /**
     * Opens the cache in {@code profileDir} (created when missing), creating or migrating its schema.
     *
     * @throws CacheException when the file is not an H2 database, is corrupt, is in use by another
     *                        process, or its schema cannot be migrated
     */
    public static H2CacheStore open(Path profileDir) {
        try {
            Files.createDirectories(profileDir);
        } catch (IOException e) {
            throw new CacheException("Cannot create the profile directory " + profileDir + ": " + e.getMessage(), e);
        }
        H2Database db = H2Database.open(profileDir.resolve(FILE_NAME));
        try {
            SchemaMigrations.migrate(db.dataSource());
            return new H2CacheStore(db, ItemSearch.open(profileDir.resolve(SEARCH_INDEX_DIR), db.dataSource()));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The database, for {@link H2MailCache}. */
    H2Database database() {
        return db;
    }

    /** Where a backend of {@code accountId} writes; the account must have been saved with {@link #saveAccount}. */
    public BackendStorage storage(String accountId) {
        requireAccount(accountId);
        return new H2BackendStorage(db, listeners, accountId);
    }

    /** The local changes of {@code accountId} waiting for upload. */
    public PendingOperationLog pendingOperations(String accountId) {
        requireAccount(accountId);
        return new H2PendingOperationLog(db, listeners, accountId);
    }

    /**
     * Lets {@link #item} fetch from {@code backend} the bodies and attachments of {@code accountId}'s items synced
     * without them ({@link org.interchange.cache.api.SyncScope#HEADERS_ONLY}) until {@link #detachBackend}.
     */
    public void attachBackend(String accountId, Backend backend) {
        missingBodies.attach(accountId, backend);
    }

    /** Stops {@link #item} fetching through {@code backend}, if it is still the one attached for the account. */
    public void detachBackend(String accountId, Backend backend) {
        missingBodies.detach(accountId, backend);
    }

    private void requireAccount(String accountId) {
        if (!db.read("finding account " + accountId, c -> AccountTable.exists(c, accountId))) {
            throw new CacheException("The cache has no account " + accountId);
        }
    }

    @Override
    public List<AccountInfo> accounts() {
        return db.read("reading the accounts", AccountTable::all);
    }

    @Override
    public void saveAccount(AccountInfo account) {
        db.write("saving account " + account.id(), c -> {
            AccountTable.save(c, account);
            return null;
        });
    }

    @Override
    public List<CachedFolder> folders(String accountId) {
        return db.read("reading the folders of " + accountId, c -> FolderTable.list(c, accountId));
    }

    @Override
    public int itemCount(long folderId) {
        return db.read("counting the items of folder " + folderId, c -> FolderTable.totalCount(c, folderId));
    }

    @Override
    public List<ItemSummary> items(long folderId, ItemSort sort, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        return positions.page(folderId, sort, offset, limit);
    }

    /**
     * The whole item; one synced without its body ({@link org.interchange.cache.api.ItemFields#BODY_NOT_DOWNLOADED})
     * is first fetched through its account's attached backend when the server can be reached, else read as it is.
     */
    @Override
    public Optional<ItemDetail> item(long itemId) {
        Optional<ItemDetail> detail = db.read("reading item " + itemId, c -> ItemReader.detail(c, itemId));
        if (detail.isPresent() && missingBodies.fetched(detail.get())) {
            return db.read("reading item " + itemId, c -> ItemReader.detail(c, itemId));
        }
        return detail;
    }

    /**
     * The stored bytes of an attachment ({@link AttachmentInfo#id()}); empty when the backend delivered none.
     *
     * @throws CacheException when there is no such attachment
     */
    @Override
    public byte[] attachmentContent(long attachmentId) {
        return db.read("reading attachment " + attachmentId, c -> ItemReader.attachmentContent(c, attachmentId))
                .orElseThrow(() -> new CacheException("No cached attachment has id " + attachmentId));
    }

    @Override
    public java.util.Map<Long, List<String>> categories(java.util.Collection<Long> itemIds) {
        return db.read("reading the categories of " + itemIds.size() + " items", c -> LocalCategories.read(c, itemIds));
    }

    @Override
    public void setCategories(long itemId, List<String> categories) {
        edit("setting the categories of item " + itemId, (c, touched) -> {
            LocalCategories.set(c, itemId, categories, touched);
            return null;
        });
    }

    @Override
    public void setRead(long itemId, boolean read) {
        db.write("marking item " + itemId + (read ? " read" : " unread"), c -> LocalChanges.setRead(c, itemId, read))
                .tell(listeners);
    }

    @Override
    public void setFlagged(long itemId, boolean flagged) {
        db.write("flagging item " + itemId, c -> LocalChanges.setFlagged(c, itemId, flagged)).tell(listeners);
    }

    @Override
    public OptionalLong delete(long itemId, DeleteMode mode) {
        return edit("deleting item " + itemId, (c, touched) -> LocalMoves.delete(c, itemId, mode, touched));
    }

    @Override
    public long move(long itemId, long targetFolderId) {
        return edit("moving item " + itemId + " to folder " + targetFolderId,
                (c, touched) -> LocalMoves.move(c, itemId, targetFolderId, touched));
    }

    @Override
    public long create(long folderId, ItemContent content) {
        return edit("creating an item in folder " + folderId,
                (c, touched) -> LocalItems.create(c, folderId, content, touched));
    }

    @Override
    public void update(long itemId, ItemContent content) {
        edit("changing item " + itemId, (c, touched) -> {
            LocalItems.update(c, itemId, content, touched);
            return null;
        });
    }

    @Override
    public long saveDraft(String accountId, OptionalLong draftItemId, MessageDraft draft) {
        return edit("saving a draft of " + accountId,
                (c, touched) -> LocalDrafts.saveDraft(c, accountId, draftItemId, draft, touched));
    }

    @Override
    public long send(String accountId, OptionalLong draftItemId, MessageDraft draft) {
        return edit("queueing a message of " + accountId + " for sending",
                (c, touched) -> LocalDrafts.send(c, accountId, draftItemId, draft, touched));
    }

    /** A local edit in one transaction; the folders it touched are told after the commit. */
    @Override
    public long createFolder(long parentFolderId, String displayName) {
        return edit("creating a folder in folder " + parentFolderId,
                (c, touched) -> LocalFolders.create(c, parentFolderId, displayName, touched));
    }

    @Override
    public void renameFolder(long folderId, String displayName) {
        edit("renaming folder " + folderId, (c, touched) -> {
            LocalFolders.rename(c, folderId, displayName, touched);
            return null;
        });
    }

    private <T> T edit(String what, EditWork<T> work) {
        Touched touched = new Touched();
        T result = db.write(what, c -> work.run(c, touched));
        touched.tell(listeners);
        return result;
    }

    /** The body of a local edit. */
    @FunctionalInterface
    private interface EditWork<T> {
        T run(Connection c, Touched touched) throws SQLException;
    }

    @Override
    public List<ItemSummary> search(String query, int limit) {
        List<Long> ids = search.ids(query, limit);
        return db.read("reading the items found for " + query, c -> SearchResults.summaries(c, ids));
    }

    @Override
    public void addListener(CacheListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CacheListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        positions.close();
        try {
            search.close();
        } finally {
            db.close();
        }
    }
}
