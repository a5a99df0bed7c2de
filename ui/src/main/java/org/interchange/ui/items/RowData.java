package org.interchange.ui.items;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.categories.CategoryNames;

/**
 * What one list row shows: the item's query columns, plus for calendar, contact, task and note lists
 * its kind-specific fields (keys in {@link org.interchange.cache.api.ItemFields}) and the first line
 * of its plain body (a note's title); mail rows have only their {@link ItemFields#CATEGORIES} field. In a threaded
 * mail list, {@code thread} says how the row belongs to its conversation; otherwise it is null.
 */
public record RowData(ItemSummary summary, Map<String, String> fields, String firstLine, ThreadMark thread) {

    public RowData {
        fields = Map.copyOf(fields);
        firstLine = firstLine == null ? "" : firstLine;
    }

    /** A row of an unthreaded list. */
    public RowData(ItemSummary summary, Map<String, String> fields, String firstLine) {
        this(summary, fields, firstLine, null);
    }

    /** A mail row: the query columns only. */
    public RowData(ItemSummary summary) {
        this(summary, Map.of(), "");
    }

    /** A mail row of a threaded list. */
    public RowData(ItemSummary summary, ThreadMark thread) {
        this(summary, Map.of(), "", thread);
    }

    /** Unread itself, or the head of a conversation with unread messages. */
    public boolean showsUnread() {
        return thread != null && thread.head() ? thread.unreadCount() > 0 || !summary.read() : !summary.read();
    }

    /** The item's categories ([MS-OXCMSG] 2.2.1.17), in their stored order. */
    public List<String> categories() {
        return CategoryNames.parse(fields.get(ItemFields.CATEGORIES));
    }

    /** This row with other categories, e.g. while the cache takes the change. */
    public RowData withCategories(List<String> categories) {
        Map<String, String> changed = new HashMap<>(fields);
        changed.put(ItemFields.CATEGORIES, CategoryNames.join(categories));
        return new RowData(summary, changed, firstLine, thread);
    }

    public String field(String name) {
        String value = fields.get(name);
        return value == null ? "" : value;
    }

    public RowData withRead(boolean read) {
        ItemSummary s = summary;
        return new RowData(new ItemSummary(s.id(), s.folderId(), s.serverId(), s.kind(), s.subject(), s.sender(),
                s.date(), s.endDate(), s.size(), read, s.flagged(), s.hasAttachments(), s.preview(), s.state()), fields,
                firstLine, thread == null || !thread.head() || read == s.read() ? thread
                        : ThreadMark.head(thread.key(), thread.itemCount(),
                                Math.max(0, thread.unreadCount() + (read ? -1 : 1)), thread.expanded()));
    }
}
