package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteItem;

/** Reads a whole item row back as the {@link RemoteItem} a backend uploads: columns, fields and attachment bytes. */
final class ItemLoader {

    private ItemLoader() {
    }

    static Optional<RemoteItem> load(Connection c, long folderId, String serverId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM items WHERE folder_id = ? AND server_id = ?")) {
            s.setLong(1, folderId);
            s.setString(2, serverId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(load(c, r.getLong(1))) : Optional.empty();
            }
        }
    }

    static RemoteItem load(Connection c, long itemId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT server_id, revision, kind, subject, sender, recipients, "
                + "sort_date, end_date, item_size, is_read, flagged, body_text, body_html, payload FROM items "
                + "WHERE id = ?")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("item " + itemId + " vanished");
                }
                return new RemoteItem(r.getString(1), r.getString(2), ItemKind.valueOf(r.getString(3)),
                        r.getString(4), r.getString(5), r.getString(6), r.getObject(7, Instant.class),
                        r.getObject(8, Instant.class), r.getLong(9), r.getBoolean(10), r.getBoolean(11),
                        r.getString(12), r.getString(13), fields(c, itemId), attachments(c, itemId), r.getBytes(14));
            }
        }
    }

    static Map<String, String> fields(Connection c, long itemId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name, field_value FROM item_fields WHERE item_id = ?")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                Map<String, String> fields = new LinkedHashMap<>();
                while (r.next()) {
                    fields.put(r.getString(1), r.getString(2));
                }
                return fields;
            }
        }
    }

    private static List<RemoteAttachment> attachments(Connection c, long itemId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT file_name, mime_type, content_id, content "
                + "FROM attachments WHERE item_id = ? ORDER BY position")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                List<RemoteAttachment> attachments = new ArrayList<>();
                while (r.next()) {
                    byte[] content = r.getBytes(4);
                    attachments.add(new RemoteAttachment(r.getString(1), r.getString(2), r.getString(3),
                            content == null ? new byte[0] : content));
                }
                return attachments;
            }
        }
    }

    /** One cached attachment as a draft's attachment. */
    static Optional<RemoteAttachment> attachment(Connection c, long attachmentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT file_name, mime_type, content_id, content FROM attachments WHERE id = ?")) {
            s.setLong(1, attachmentId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                byte[] content = r.getBytes(4);
                return Optional.of(new RemoteAttachment(r.getString(1), r.getString(2), r.getString(3),
                        content == null ? new byte[0] : content));
            }
        }
    }
}
