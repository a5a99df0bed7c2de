package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.OfflineState;

/** Reads items: pages of query columns for lists, whole items for a reading pane; locally deleted ones are hidden. */
final class ItemReader {

    static final String SUMMARY_COLUMNS = "id, folder_id, server_id, kind, subject, sender, sort_date, end_date, "
            + "item_size, is_read, flagged, has_attachments, preview, offline_state";

    private ItemReader() {
    }

    /** The index of V1 that holds the items of a folder in a list order. */
    static String indexFor(ItemSort sort) {
        return switch (sort) {
            case DATE_DESC -> "ix_items_date_desc";
            case DATE_ASC -> "ix_items_date_asc";
            case SENDER -> "ix_items_sender";
            case SUBJECT -> "ix_items_subject";
            case SIZE_DESC -> "ix_items_size";
        };
    }

    /** The ORDER BY of each list order, matching its index column for column so no sort is needed. */
    static String orderBy(ItemSort sort) {
        return switch (sort) {
            case DATE_DESC -> "folder_id, sort_date DESC, id DESC";
            case DATE_ASC -> "folder_id, sort_date, id";
            case SENDER -> "folder_id, sender_key, sort_date DESC, id DESC";
            case SUBJECT -> "folder_id, subject_key, sort_date DESC, id DESC";
            case SIZE_DESC -> "folder_id, item_size DESC, id DESC";
        };
    }

    static String pageSql(ItemSort sort) {
        return "SELECT " + SUMMARY_COLUMNS + " FROM items USE INDEX (" + indexFor(sort) + ") WHERE folder_id = ? "
                + "AND offline_state <> 'LOCALLY_DELETED' ORDER BY " + orderBy(sort) + " LIMIT ? OFFSET ?";
    }

    static List<ItemSummary> page(Connection c, long folderId, ItemSort sort, int offset, int limit)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(pageSql(sort))) {
            s.setLong(1, folderId);
            s.setInt(2, limit);
            s.setInt(3, offset);
            try (ResultSet r = s.executeQuery()) {
                List<ItemSummary> page = new ArrayList<>(Math.min(limit, 1000));
                while (r.next()) {
                    page.add(summary(r));
                }
                return page;
            }
        }
    }

    static Optional<ItemDetail> detail(Connection c, long itemId) throws SQLException {
        ItemSummary summary;
        String recipients;
        String bodyText;
        String bodyHtml;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + SUMMARY_COLUMNS + ", recipients, body_text, body_html FROM items WHERE id = ? "
                        + "AND offline_state <> 'LOCALLY_DELETED'")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                summary = summary(r);
                recipients = r.getString(15);
                bodyText = r.getString(16);
                bodyHtml = r.getString(17);
            }
        }
        return Optional.of(new ItemDetail(summary, recipients, bodyText, bodyHtml, fields(c, itemId),
                attachments(c, itemId)));
    }

    static Optional<byte[]> attachmentContent(Connection c, long attachmentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT content FROM attachments WHERE id = ?")) {
            s.setLong(1, attachmentId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                byte[] content = r.getBytes(1);
                return Optional.of(content == null ? new byte[0] : content);
            }
        }
    }

    private static Map<String, String> fields(Connection c, long itemId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT name, field_value FROM item_fields WHERE item_id = ? ORDER BY name")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                Map<String, String> fields = new LinkedHashMap<>();
                while (r.next()) {
                    fields.put(r.getString(1), r.getString(2));
                }
                return Collections.unmodifiableMap(fields);
            }
        }
    }

    private static List<AttachmentInfo> attachments(Connection c, long itemId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, file_name, mime_type, size_bytes, content_id "
                + "FROM attachments WHERE item_id = ? ORDER BY position")) {
            s.setLong(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                List<AttachmentInfo> attachments = new ArrayList<>();
                while (r.next()) {
                    attachments.add(new AttachmentInfo(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4),
                            r.getString(5)));
                }
                return List.copyOf(attachments);
            }
        }
    }

    static ItemSummary summary(ResultSet r) throws SQLException {
        return new ItemSummary(r.getLong(1), r.getLong(2), r.getString(3), ItemKind.valueOf(r.getString(4)),
                r.getString(5), r.getString(6), r.getObject(7, Instant.class), r.getObject(8, Instant.class),
                r.getLong(9), r.getBoolean(10), r.getBoolean(11), r.getBoolean(12), r.getString(13),
                OfflineState.valueOf(r.getString(14)));
    }
}
