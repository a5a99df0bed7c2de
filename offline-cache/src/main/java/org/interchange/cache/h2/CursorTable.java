package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The opaque sync cursor (e.g. an ICS state) stored per folder. */
final class CursorTable {

    private CursorTable() {
    }

    static Optional<byte[]> read(Connection c, long folderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT cursor_data FROM sync_cursors WHERE folder_id = ?")) {
            s.setLong(1, folderId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
            }
        }
    }

    static void write(Connection c, long folderId, byte[] cursor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "MERGE INTO sync_cursors (folder_id, cursor_data, updated_at) KEY (folder_id) VALUES (?, ?, ?)")) {
            s.setLong(1, folderId);
            s.setBytes(2, cursor);
            s.setObject(3, Instant.now());
            s.executeUpdate();
        }
    }
}
