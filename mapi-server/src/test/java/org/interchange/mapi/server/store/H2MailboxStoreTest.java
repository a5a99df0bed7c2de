package org.interchange.mapi.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2MailboxStoreTest extends MailboxStoreContract {
    @TempDir
    Path dir;

    @Override
    protected MailboxStore openStore() {
        return H2MailboxStore.open(dir);
    }

    @Override
    protected MailboxStore reopenStore() {
        return H2MailboxStore.open(dir);
    }

    @Override
    protected String[] jdbc() {
        return new String[] {"jdbc:h2:file:" + dir.resolve("mailboxes"), "sa", ""};
    }

    @Override
    protected String migrations() {
        return "classpath:db/server";
    }

    @Test
    void dataSurvivesReopening() {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        store.close();

        store = H2MailboxStore.open(dir);

        assertThat(store.findMailbox("alice")).contains(box);
        assertThat(dir.resolve("mailboxes.mv.db")).exists();
    }

    @Test
    void tableRowsOfMessagesSavedBeforeTheRowBagAreCutFromTheWholeBag() throws Exception {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        MessageRecord saved = store.createMessage(box, box.folderId(SpecialFolder.INBOX),
                NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "x".repeat(400)))));
        store.close();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("mailboxes"), "sa", "");
                var s = c.createStatement()) {
            s.executeUpdate("UPDATE message SET row_properties = NULL");
        }

        store = H2MailboxStore.open(dir);

        assertThat(store.tableRowsByMid(box, List.of(saved.mid())).get(saved.mid()).properties())
                .extracting(PropertyValue::value).containsExactly("x".repeat(RowProperties.MAX_CHARS));
    }
    /**
     * The queries of an incremental ICS download read only the rows above the client's counters: H2 counts the rows
     * each statement scans (EXPLAIN ANALYZE): the rows in range and at most two at its ends, where a scan of the
     * folder would read its 5,000.
     */
    @Test
    void theChangeQueriesScanOnlyTheRowsAboveTheCounter() throws Exception {
        Mailbox box = store.createMailbox("alice", "Alice", "alice@example.org");
        long inbox = box.folderId(SpecialFolder.INBOX);
        store.close();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("mailboxes"), "sa", "")) {
            try (var fill = c.prepareStatement("INSERT INTO message(mailbox_id, mid, fid, change_number, change_counter,"
                    + " read_counter, message_flags, message_size, has_attachments, received)"
                    + " SELECT ?, X + 1000000, ?, X, X, X, 0, 0, FALSE, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1000, 5999)")) {
                fill.setLong(1, box.id());
                fill.setLong(2, inbox);
                fill.executeUpdate();
            }
            try (var fill = c.prepareStatement("INSERT INTO tombstone(mailbox_id, object_id, parent_fid, is_folder,"
                    + " associated, change_number, change_counter, deleted)"
                    + " SELECT ?, X + 2000000, ?, FALSE, FALSE, X, X, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(6000, 10999)")) {
                fill.setLong(1, box.id());
                fill.setLong(2, inbox);
                fill.executeUpdate();
            }
            try (var s = c.createStatement()) {
                s.execute("ANALYZE");
            }

            assertThat(scanned(c, MessageReader.CHANGED, box.id(), inbox, 5989, 5999)).isBetween(10, 12);
            assertThat(scanned(c, MessageReader.READ_CHANGED, box.id(), inbox, 5994, 5999)).isBetween(5, 7);
            assertThat(scanned(c, TombstoneDao.MESSAGES_DELETED, box.id(), inbox, 10990, 10999)).isBetween(9, 11);
            assertThat(scanned(c, MessageReader.CHANGED, box.id(), inbox, 0, 5999)).isBetween(5000, 5002);
        }
        store = H2MailboxStore.open(dir);
    }

    /** The rows H2 scanned in table {@code sql} reads, by its EXPLAIN ANALYZE. */
    private static int scanned(java.sql.Connection c, String sql, Object... args) throws Exception {
        try (var explain = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            Jdbc.bind(explain, args);
            try (var rs = explain.executeQuery()) {
                rs.next();
                var m = java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(rs.getString(1));
                assertThat(m.find()).as(rs.getString(1)).isTrue();
                return Integer.parseInt(m.group(1));
            }
        }
    }
}
