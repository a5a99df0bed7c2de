package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.interchange.cache.api.Conversation;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V67 threads the mail a cache of V66 already holds, and the conversations go on from there. */
class ConversationMigrationTest {
    @TempDir
    Path dir;

    @Test
    void v67ThreadsTheMailOfACacheOfV66() throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve(H2CacheStore.FILE_NAME).toAbsolutePath());
        source.setUser("sa");
        Flyway.configure().dataSource(source).locations(SchemaMigrations.LOCATION).target("66").load().migrate();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO accounts (id, display_name, backend_type) VALUES ('" + TestItems.ACCOUNT
                    + "', 'W', 'mapi')");
            s.execute("INSERT INTO folders (account_id, server_id, display_name, kind, position) VALUES ('"
                    + TestItems.ACCOUNT + "', 'inbox', 'Inbox', 'MAIL', 0)");
            s.execute("INSERT INTO folders (account_id, server_id, display_name, kind, position) VALUES ('"
                    + TestItems.ACCOUNT + "', 'contacts', 'Contacts', 'CONTACTS', 1)");
            insert(s, "inbox", "a1", "MAIL", "SYNCED", "budget", "2026-01-01 10:00:00+00", true);
            insert(s, "inbox", "a2", "MAIL", "SYNCED", "budget", "2026-01-01 11:00:00+00", false);
            insert(s, "inbox", "b1", "MAIL", "SYNCED", "lunch", "2026-01-01 12:00:00+00", false);
            insert(s, "inbox", "gone", "MAIL", "LOCALLY_DELETED", "budget", "2026-01-01 13:00:00+00", false);
            insert(s, "contacts", "k1", "CONTACT", "SYNCED", "bob", "2026-01-01 09:00:00+00", true);
            field(s, "a1", ItemFields.MESSAGE_ID, "<a1@x>");
            field(s, "a2", ItemFields.MESSAGE_ID, "<a2@x>");
            field(s, "a2", ItemFields.IN_REPLY_TO, "<a1@x>");
            field(s, "b1", ItemFields.MESSAGE_ID, "<b1@x>");
        }

        try (H2CacheStore store = H2CacheStore.open(dir)) {
            H2MailCache mail = H2MailCache.of(store);
            long inbox = store.folders(TestItems.ACCOUNT).getFirst().id();
            assertThat(mail.conversationCount(inbox)).isEqualTo(2);
            assertThat(mail.conversations(inbox, ItemSort.DATE_DESC, 0, 10))
                    .extracting(Conversation::key, Conversation::itemCount, Conversation::unreadCount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("s:lunch", 1, 1),
                            org.assertj.core.groups.Tuple.tuple("m:<a1@x>", 2, 1));
            assertThat(mail.conversationItems(inbox, "m:<a1@x>")).extracting(ItemSummary::serverId)
                    .containsExactly("a1", "a2");
            long contacts = store.folders(TestItems.ACCOUNT).get(1).id();
            assertThat(mail.conversationCount(contacts)).as("only mail is threaded").isZero();

            H2CacheStoreTest.commit(store.storage(TestItems.ACCOUNT).folder("inbox"),
                    b -> b.upsert(TestItems.mail("b2", "Re: Lunch", "carol@example.org", TestItems.T0, 10, true)));
            StoredConversationsPropertyTest.assertSameAsFromScratch(store, "after V67 and a new message", true);
        }
    }

    private static void insert(Statement s, String folder, String serverId, String kind, String state, String subject,
                               String date, boolean read) throws Exception {
        s.execute("INSERT INTO items (folder_id, server_id, kind, offline_state, subject, subject_key, sort_date, "
                + "item_size, is_read, flagged, has_attachments) SELECT id, '" + serverId + "', '" + kind + "', '"
                + state + "', '" + subject + "', '" + subject + "', TIMESTAMP WITH TIME ZONE '" + date + "', 10, "
                + read + ", FALSE, FALSE FROM folders WHERE server_id = '" + folder + "'");
    }

    private static void field(Statement s, String serverId, String name, String value) throws Exception {
        s.execute("INSERT INTO item_fields (item_id, name, field_value) SELECT id, '" + name + "', '" + value
                + "' FROM items WHERE server_id = '" + serverId + "'");
    }
}
