package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.api.Trigger;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.search.TriggerColumns;

/**
 * Names, in the transaction that writes it, each mail item inserted, changed or deleted (migration V67, table
 * {@code conversation_changes}), so that {@link ConversationUpkeep} threads it before that transaction commits
 * ([MS-OXOMSG] 2.2.1.5). Threading fields live in {@code item_fields}, which every writer of them writes with the
 * item's row, so a change of the row stands for them too.
 */
public final class ConversationTrigger implements Trigger {
    private static final String MAIL = ItemKind.MAIL.name();

    private int idColumn;
    private int kindColumn;

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        Map<String, Integer> column = new HashMap<>(TriggerColumns.of(c, schema, table, List.of("ID", "KIND"),
                "conversation changes"));
        idColumn = column.get("ID");
        kindColumn = column.get("KIND");
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null && MAIL.equals(newRow[kindColumn]) ? newRow
                : oldRow != null && MAIL.equals(oldRow[kindColumn]) ? oldRow : null;
        if (row == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO conversation_changes (item_id) VALUES (?)")) {
            s.setObject(1, row[idColumn]);
            s.executeUpdate();
        }
    }
}
