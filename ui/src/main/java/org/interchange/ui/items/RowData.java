package org.interchange.ui.items;

import java.util.Map;
import org.interchange.cache.api.ItemSummary;

/**
 * What one list row shows: the item's query columns, plus for calendar, contact, task and note lists
 * its kind-specific fields (keys in {@link org.interchange.cache.api.ItemFields}) and the first line
 * of its plain body (a note's title); mail rows have neither.
 */
public record RowData(ItemSummary summary, Map<String, String> fields, String firstLine) {

    public RowData {
        fields = Map.copyOf(fields);
        firstLine = firstLine == null ? "" : firstLine;
    }

    /** A mail row: the query columns only. */
    public RowData(ItemSummary summary) {
        this(summary, Map.of(), "");
    }

    public String field(String name) {
        String value = fields.get(name);
        return value == null ? "" : value;
    }

    public RowData withRead(boolean read) {
        ItemSummary s = summary;
        return new RowData(new ItemSummary(s.id(), s.folderId(), s.serverId(), s.kind(), s.subject(), s.sender(),
                s.date(), s.endDate(), s.size(), read, s.flagged(), s.hasAttachments(), s.preview(), s.state()), fields,
                firstLine);
    }
}
