package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The allow list of migration V61: messages and sender addresses that may load remote content. */
final class RemoteContentTable {
    private RemoteContentTable() {
    }

    static boolean allowed(Connection c, long itemId) throws SQLException {
        String sender;
        try (PreparedStatement s = c.prepareStatement("SELECT i.sender, EXISTS (SELECT 1 FROM remote_content_items r "
                + "WHERE r.item_id = i.id) FROM items i WHERE i.id = ?")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                if (r.getBoolean(2)) {
                    return true;
                }
                sender = r.getString(1);
            }
        }
        var address = MailAddresses.address(sender);
        if (address.isEmpty()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM remote_content_senders WHERE address = ?")) {
            s.setString(1, address.get());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** @return false when no item has this id */
    static boolean allowItem(Connection c, long itemId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO remote_content_items (item_id, allowed_at) "
                + "KEY (item_id) SELECT id, ? FROM items WHERE id = ?")) {
            s.setObject(1, now());
            s.setLong(2, itemId);
            return s.executeUpdate() > 0;
        }
    }

    static void allowSender(Connection c, String address) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO remote_content_senders (address, allowed_at) "
                + "KEY (address) VALUES (?, ?)")) {
            s.setString(1, address);
            s.setObject(2, now());
            s.executeUpdate();
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
