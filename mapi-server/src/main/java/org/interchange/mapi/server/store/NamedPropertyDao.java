package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** The per-mailbox named property mapping of the H2 store, [MS-OXCPRPT] 3.2.5.8 and 3.2.5.9. */
final class NamedPropertyDao {
    static final int FIRST_NAMED_ID = 0x8000;
    private static final int LAST_NAMED_ID = 0xFFFE;

    private NamedPropertyDao() {
    }

    static OptionalInt idOf(Connection c, Mailbox mailbox, PropertyName name, boolean create) throws SQLException {
        String sql = "SELECT prop_id FROM named_property WHERE mailbox_id = ? AND property_set = ? AND "
                + (name.isLid() ? "lid = ?" : "name = ?");
        var found = Jdbc.list(c, sql, rs -> rs.getInt(1), mailbox.id(), name.propertySet(),
                name.isLid() ? name.lid() : name.name());
        if (!found.isEmpty()) {
            return OptionalInt.of(found.getFirst());
        }
        if (!create) {
            return OptionalInt.empty();
        }
        // the UPDATE takes the row's lock before the read, as ChangeNumbers does; an exhausted range rolls back
        Jdbc.update(c, "UPDATE mailbox SET next_named_id = next_named_id + 1 WHERE id = ?", mailbox.id());
        int id = Jdbc.list(c, "SELECT next_named_id FROM mailbox WHERE id = ?", rs -> rs.getInt(1), mailbox.id())
                .getFirst() - 1;
        if (id > LAST_NAMED_ID) {
            throw new StoreException("named property ids exhausted in mailbox " + mailbox.owner());
        }
        Jdbc.update(c, "INSERT INTO named_property(mailbox_id, prop_id, property_set, lid, name) VALUES (?, ?, ?, ?, ?)",
                mailbox.id(), id, name.propertySet(), name.lid(), name.name());
        return OptionalInt.of(id);
    }

    static Optional<PropertyName> nameOf(Connection c, Mailbox mailbox, int propertyId) throws SQLException {
        return Jdbc.list(c, "SELECT property_set, lid, name FROM named_property WHERE mailbox_id = ? AND prop_id = ?",
                rs -> new PropertyName(rs.getObject(1, UUID.class), (Integer) rs.getObject(2), rs.getString(3)),
                mailbox.id(), propertyId).stream().findFirst();
    }
}
