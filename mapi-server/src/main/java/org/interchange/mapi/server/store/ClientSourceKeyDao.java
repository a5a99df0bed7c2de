package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The PidTagSourceKey a client chose for a message it created or moved, or a folder it created, by ICS upload
 * ([MS-OXCFXICS] 2.2.1.2.5 and 3.3.5.8.2) and the MID or FID the server gave it (one id space).
 */
final class ClientSourceKeyDao {
    private ClientSourceKeyDao() {
    }

    static Optional<Long> find(Connection c, Mailbox mailbox, byte[] sourceKey) throws SQLException {
        List<Long> mids = Jdbc.list(c, "SELECT mid FROM client_source_key WHERE mailbox_id = ? AND source_key = ?",
                rs -> rs.getLong(1), mailbox.id(), sourceKey);
        return mids.stream().findFirst();
    }

    static void insert(Connection c, Mailbox mailbox, byte[] sourceKey, long mid) throws SQLException {
        Jdbc.update(c, "INSERT INTO client_source_key(mailbox_id, source_key, mid) VALUES (?, ?, ?)", mailbox.id(),
                sourceKey, mid);
    }
}
