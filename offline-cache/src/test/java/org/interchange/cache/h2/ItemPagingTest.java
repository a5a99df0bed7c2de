package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.cache.h2.H2CacheStoreTest.at;
import static org.interchange.cache.h2.H2CacheStoreTest.commit;
import static org.interchange.cache.h2.TestItems.ACCOUNT;
import static org.interchange.cache.h2.TestItems.mail;
import static org.interchange.cache.h2.TestItems.mailFolder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.spi.BackendStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Read-only tests over one folder, so the cache is filled once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemPagingTest {

    Path dir;
    H2CacheStore store;
    long inbox;

    @BeforeAll
    void fill(@TempDir Path tempDir) {
        dir = tempDir;
        store = H2CacheStore.open(dir);
        BackendStorage storage = TestItems.account(store, mailFolder("inbox", "Inbox"), mailFolder("other", "Other"));
        commit(storage.folder("inbox"), b -> {
            b.upsert(mail("a", "Re: Budget", "\"Zoe\" <zoe@example.org>", at(3), 300, false));
            b.upsert(mail("b", "apples", "adam@example.org", at(1), 5000, true));
            b.upsert(mail("c", "Zebra", "Mallory@example.org", at(2), 20, false));
            b.upsert(mail("d", "budget draft", "adam@example.org", at(5), 300, true));
            b.upsert(mail("e", "FW: Cherries", "bea@example.org", null, 1, true));
        });
        commit(storage.folder("other"), b -> b.upsert(mail("x", "Elsewhere", "x@example.org", at(9), 1, false)));
        inbox = store.folders(ACCOUNT).getFirst().id();
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void eachSortOrdersTheFolderAndOnlyIt() {
        assertThat(ids(ItemSort.DATE_DESC)).containsExactly("d", "a", "c", "b", "e");
        assertThat(ids(ItemSort.DATE_ASC)).containsExactly("e", "b", "c", "a", "d");
        assertThat(ids(ItemSort.SENDER)).containsExactly("d", "b", "e", "c", "a");
        assertThat(ids(ItemSort.SUBJECT)).containsExactly("b", "a", "d", "e", "c");
        assertThat(ids(ItemSort.SIZE_DESC)).containsExactly("b", "d", "a", "c", "e");
    }

    @Test
    void pagesSplitTheOrderWithoutGapsOrRepeats() {
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            store.items(inbox, ItemSort.DATE_DESC, offset, 2).forEach(s -> paged.add(s.serverId()));
        }
        assertThat(paged).containsExactly("d", "a", "c", "b", "e");
        assertThat(store.items(inbox, ItemSort.DATE_DESC, 5, 2)).isEmpty();
        assertThat(store.itemCount(inbox)).isEqualTo(5);
    }

    @Test
    void summariesCarryPreviewAndQueryColumns() {
        ItemSummary a = store.items(inbox, ItemSort.DATE_DESC, 1, 1).getFirst();
        assertThat(a.subject()).isEqualTo("Re: Budget");
        assertThat(a.sender()).isEqualTo("\"Zoe\" <zoe@example.org>");
        assertThat(a.date()).isEqualTo(at(3));
        assertThat(a.size()).isEqualTo(300);
        assertThat(a.preview()).isEqualTo("Body of Re: Budget");
        assertThat(a.read()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ItemSort.class)
    void everyOrderIsReadStraightOffItsIndexWithoutSorting(ItemSort sort) throws Exception {
        H2Database db = H2Database.open(dir.resolve("cache"));
        try (db; Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("EXPLAIN " + ItemReader.pageSql(sort))) {
            s.setLong(1, inbox);
            s.setInt(2, 100);
            s.setInt(3, 1000);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getString(1))
                        .containsIgnoringCase(ItemReader.indexFor(sort) + ": FOLDER_ID = ?1")
                        .contains("/* index sorted */");
            }
        }
    }

    private List<String> ids(ItemSort sort) {
        return store.items(inbox, sort, 0, 100).stream().map(ItemSummary::serverId).toList();
    }
}
