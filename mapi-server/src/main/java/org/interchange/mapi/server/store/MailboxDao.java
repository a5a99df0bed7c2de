package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Mailbox rows of the H2 store and their special folders, [MS-OXCSTOR] 2.2.1.1.3. */
final class MailboxDao {
    private MailboxDao() {
    }

    static String normalize(String owner) {
        return owner.toLowerCase(Locale.ROOT);
    }

    static Mailbox create(Connection c, String owner, String displayName, String emailAddress) throws SQLException {
        long id;
        UUID replicaGuid = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mailbox(owner, display_name, email_address,"
                + " mailbox_guid, replica_guid, next_counter, next_named_id) VALUES (?, ?, ?, ?, ?, 1, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.bind(ps, normalize(owner), displayName, emailAddress, UUID.randomUUID(), replicaGuid,
                    NamedPropertyDao.FIRST_NAMED_ID);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Map<SpecialFolder, Long> fids = new EnumMap<>(SpecialFolder.class);
        for (SpecialFolder f : SpecialFolder.values()) {
            long parent = f.parent() == null ? 0 : fids.get(f.parent());
            fids.put(f, FolderDao.insert(c, id, replicaGuid, parent, f.displayName(), f.containerClass(), f.name(),
                    null));
        }
        return load(c, "id = ?", id).orElseThrow();
    }

    static Optional<Mailbox> load(Connection c, String where, Object arg) throws SQLException {
        var rows = Jdbc.list(c, "SELECT id, owner, display_name, email_address, mailbox_guid, replica_guid FROM mailbox"
                + " WHERE " + where, rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class)}, arg);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.getFirst();
        long id = (Long) r[0];
        Map<SpecialFolder, Long> special = new EnumMap<>(SpecialFolder.class);
        for (Object[] f : Jdbc.list(c, "SELECT special, fid FROM folder WHERE mailbox_id = ? AND special IS NOT NULL",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)}, id)) {
            special.put(SpecialFolder.valueOf((String) f[0]), (Long) f[1]);
        }
        return Optional.of(new Mailbox(id, (String) r[1], (String) r[2], (String) r[3], (UUID) r[4], (UUID) r[5],
                special));
    }
}
