package org.interchange.mapi.server.rop;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * A table (hierarchy, contents or attachments), [MS-OXCTABL] 3.2.5: a snapshot of rows taken
 * when the table was opened, the columns set by RopSetColumns and the cursor position.
 */
public final class TableObject implements ServerObject {
    /** Rows read from the store in one call when a sort needs every row's values. */
    private static final int LOAD_CHUNK = 256;
    private final LogonObject logon;
    private final List<PropertySource> original;
    private List<PropertySource> rows;
    private List<PropertyTag> columns;
    private int cursor;

    public TableObject(LogonObject logon, List<PropertySource> rows) {
        this.logon = logon;
        this.original = List.copyOf(rows);
        this.rows = original;
    }

    @Override
    public LogonObject logon() {
        return logon;
    }

    public List<PropertySource> rows() {
        return rows;
    }

    /** The columns, or null before RopSetColumns. */
    public List<PropertyTag> columns() {
        return columns;
    }

    public void setColumns(List<PropertyTag> columns) {
        this.columns = List.copyOf(columns);
    }

    public int cursor() {
        return cursor;
    }

    public void moveCursor(int position) {
        cursor = Math.clamp(position, 0, rows.size());
    }

    /** Reads the values of rows {@code from} (inclusive) to {@code to} (exclusive) in one go where rows are read lazily. */
    public void load(int from, int to) {
        LazyMessageRow.load(rows.subList(from, to));
    }

    /** Orders the rows (RopSortTable, [MS-OXCTABL] 3.2.5.3) and moves the cursor to the beginning. */
    public void sort(java.util.Comparator<PropertySource> order) {
        for (int i = 0; i < original.size(); i += LOAD_CHUNK) {
            LazyMessageRow.load(original.subList(i, Math.min(original.size(), i + LOAD_CHUNK)));
        }
        rows = original.stream().sorted(order).toList();
        cursor = 0;
    }

    /** Back to the opened state (RopResetTable, [MS-OXCTABL] 3.2.5.15): no columns, no sort, cursor at the beginning. */
    public void reset() {
        rows = original;
        columns = null;
        cursor = 0;
    }
}
