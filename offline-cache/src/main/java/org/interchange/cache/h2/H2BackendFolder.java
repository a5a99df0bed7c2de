package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.ItemBatch;

/** One cached folder as a backend sees it (K-9's BackendFolder). */
final class H2BackendFolder implements BackendFolder {

    private final H2Database db;
    private final Listeners listeners;
    private final H2BackendStorage storage;
    private final String accountId;
    private final long folderId;
    private final String serverId;

    H2BackendFolder(H2Database db, Listeners listeners, H2BackendStorage storage, long folderId, String serverId) {
        this.db = db;
        this.listeners = listeners;
        this.storage = storage;
        this.accountId = storage.accountId();
        this.folderId = folderId;
        this.serverId = serverId;
    }

    @Override
    public String serverId() {
        return serverId;
    }

    @Override
    public Map<String, String> itemRevisions() {
        return storage.read("reading the item revisions of folder " + serverId, this::revisions);
    }

    private Map<String, String> revisions(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT server_id, revision FROM items WHERE folder_id = ?")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                Map<String, String> revisions = new HashMap<>();
                while (r.next()) {
                    revisions.put(r.getString(1), r.getString(2));
                }
                return revisions;
            }
        }
    }

    @Override
    public Optional<byte[]> syncCursor() {
        return storage.read("reading the sync cursor of folder " + serverId, c -> CursorTable.read(c, folderId));
    }

    @Override
    public void reset() {
        storage.commitGroup();
        db.write("resetting folder " + serverId, c -> {
            FolderReset.run(c, folderId);
            return null;
        });
        listeners.itemsChanged(folderId);
        listeners.foldersChanged(accountId);
    }

    @Override
    public ItemBatch beginBatch() {
        try {
            H2CommitGroup group = storage.group();
            if (group != null) {
                return H2ItemBatch.in(group, listeners, accountId, folderId, serverId);
            }
            return new H2ItemBatch(db.begin(), listeners, accountId, folderId, serverId);
        } catch (SQLException e) {
            throw H2Database.failure("starting a batch in folder " + serverId, e);
        }
    }
}
