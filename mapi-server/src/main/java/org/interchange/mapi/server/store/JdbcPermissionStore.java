package org.interchange.mapi.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link PermissionStore} of {@link JdbcMailboxStore}: tables permission_member,
 * folder_permission and message_creator (migration V3), SQL portable between H2 and PostgreSQL.
 */
final class JdbcPermissionStore implements PermissionStore {
    private final Jdbc jdbc;

    JdbcPermissionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PermissionEntry> list(Mailbox mailbox, long fid) {
        return jdbc.query(c -> Jdbc.list(c, "SELECT p.member_id, m.user_name, b.display_name, p.rights"
                        + " FROM folder_permission p LEFT JOIN permission_member m ON m.id = p.member_id"
                        + " LEFT JOIN mailbox b ON b.owner = m.user_name"
                        + " WHERE p.mailbox_id = ? AND p.fid = ? ORDER BY p.member_id",
                rs -> entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)), mailbox.id(), fid));
    }

    private static PermissionEntry entry(long memberId, String user, String mailboxName, int rights) {
        return new PermissionEntry(memberId, user, mailboxName != null ? mailboxName : user, rights);
    }

    @Override
    public long memberId(String user) {
        String name = MailboxDao.normalize(user);
        Optional<Long> known = jdbc.query(c -> findMember(c, name));
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return jdbc.transaction(c -> insertMember(c, name));
        } catch (StoreException raced) {
            return jdbc.query(c -> findMember(c, name)).orElseThrow(() -> raced);
        }
    }

    private static Optional<Long> findMember(Connection c, String name) throws SQLException {
        return Jdbc.list(c, "SELECT id FROM permission_member WHERE user_name = ?", rs -> rs.getLong(1), name)
                .stream().findFirst();
    }

    private static long insertMember(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO permission_member(user_name) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.bind(ps, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public Optional<String> userOf(long memberId) {
        return jdbc.query(c -> Jdbc.list(c, "SELECT user_name FROM permission_member WHERE id = ?",
                rs -> rs.getString(1), memberId).stream().findFirst());
    }

    @Override
    public void modify(Mailbox mailbox, long fid, PermissionChanges changes) {
        jdbc.transaction(c -> {
            FolderDao.require(c, mailbox, fid);
            if (changes.replace()) {
                Jdbc.update(c, "DELETE FROM folder_permission WHERE mailbox_id = ? AND fid = ? AND member_id <> ?",
                        mailbox.id(), fid, PermissionEntry.DEFAULT_MEMBER);
            }
            for (Map.Entry<Long, Integer> e : changes.rights().entrySet()) {
                if (Jdbc.update(c, "UPDATE folder_permission SET rights = ? WHERE mailbox_id = ? AND fid = ?"
                        + " AND member_id = ?", e.getValue(), mailbox.id(), fid, e.getKey()) == 0) {
                    Jdbc.update(c, "INSERT INTO folder_permission(mailbox_id, fid, member_id, rights)"
                            + " VALUES (?, ?, ?, ?)", mailbox.id(), fid, e.getKey(), e.getValue());
                }
            }
            for (long member : changes.removed()) {
                Jdbc.update(c, "DELETE FROM folder_permission WHERE mailbox_id = ? AND fid = ? AND member_id = ?",
                        mailbox.id(), fid, member);
            }
            return null;
        });
    }

    @Override
    public Map<Long, Integer> grantedRights(Mailbox mailbox, String user) {
        return jdbc.query(c -> {
            Map<Long, Integer> own = new HashMap<>();
            Map<Long, Integer> granted = new HashMap<>();
            for (long[] row : Jdbc.list(c, "SELECT p.fid, p.member_id, p.rights FROM folder_permission p"
                            + " LEFT JOIN permission_member m ON m.id = p.member_id"
                            + " WHERE p.mailbox_id = ? AND (p.member_id = ? OR m.user_name = ?)",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getInt(3)}, mailbox.id(),
                    PermissionEntry.DEFAULT_MEMBER, MailboxDao.normalize(user))) {
                (row[1] == PermissionEntry.DEFAULT_MEMBER ? granted : own).put(row[0], (int) row[2]);
            }
            granted.putAll(own);
            return granted;
        });
    }

    @Override
    public void recordCreator(Mailbox mailbox, long mid, String user) {
        long member = memberId(user);
        jdbc.transaction(c -> {
            if (Jdbc.update(c, "UPDATE message_creator SET member_id = ? WHERE mailbox_id = ? AND mid = ?", member,
                    mailbox.id(), mid) == 0) {
                Jdbc.update(c, "INSERT INTO message_creator(mailbox_id, mid, member_id) VALUES (?, ?, ?)",
                        mailbox.id(), mid, member);
            }
            return null;
        });
    }

    @Override
    public boolean createdBy(Mailbox mailbox, long mid, String user) {
        return jdbc.query(c -> !Jdbc.list(c, "SELECT 1 FROM message_creator r JOIN permission_member m"
                + " ON m.id = r.member_id WHERE r.mailbox_id = ? AND r.mid = ? AND m.user_name = ?",
                rs -> rs.getInt(1), mailbox.id(), mid, MailboxDao.normalize(user)).isEmpty());
    }
}
