package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages read from anchors are the pages the plain OFFSET query reads, in every order, after items come and go and
 * after the cache is opened again.
 */
class ListPositionsTest {
    private static final int ROWS = 700;
    private ListPositions positions;

    @TempDir
    Path dir;
    H2CacheStore store;
    long folder;

    @BeforeEach
    void fill() {
        store = H2CacheStore.open(dir);
        TestItems.account(store, TestItems.mailFolder("inbox", "Inbox"));
        folder = store.folders(TestItems.ACCOUNT).getFirst().id();
        positions = new ListPositions(store.database(), 16);
        // runs of equal senders, subjects, sizes and dates; a few rows without a date; every 13th locally deleted
        store.database().write("filling", c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO items (folder_id, server_id, kind, offline_state, subject, subject_key, "
                        + "sender, sender_key, sort_date, item_size, is_read, flagged, has_attachments) SELECT "
                        + folder + ", 'm' || X, 'MAIL', CASEWHEN(MOD(X, 13) = 0, 'LOCALLY_DELETED', 'SYNCED'), "
                        + "'s' || MOD(X, 7), 's' || MOD(X, 7), 'p' || MOD(X, 40), 'p' || MOD(X, 40), "
                        + "CASEWHEN(MOD(X, 50) = 0, NULL, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' "
                        + "+ MOD(X, 300) * INTERVAL '1' HOUR), MOD(X, 5) * 100, TRUE, FALSE, FALSE "
                        + "FROM SYSTEM_RANGE(1, " + ROWS + ")");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(ItemSort.class)
    void pagesAtAnyOffsetAreThePlainPages(ItemSort sort) {
        Random random = new Random(sort.ordinal());
        anchored(sort, 0, 25); // starts learning in the background, alongside the deep pages below
        for (int i = 0; i < 40; i++) {
            int offset = i < 5 ? ROWS - 20 - i * 7 : random.nextInt(ROWS);
            assertThat(ids(anchored(sort, offset, 25))).as("offset " + offset).isEqualTo(ids(plain(sort, offset, 25)));
        }
    }

    @Test
    void changedItemsAreNotReadThroughOldAnchors() {
        List<ItemSummary> before = anchored(ItemSort.SENDER, 600, 10);
        // the last sender in the order; four of its messages move to the front
        store.database().write("renaming", c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE items SET sender_key = 'a' WHERE server_id IN ('m9', 'm49', 'm89', 'm129')");
            }
            return null;
        });
        positions.itemsChanged(folder);

        List<ItemSummary> after = anchored(ItemSort.SENDER, 600, 10);
        assertThat(ids(after)).isEqualTo(ids(plain(ItemSort.SENDER, 600, 10))).isNotEqualTo(ids(before));
    }

    @ParameterizedTest
    @EnumSource(ItemSort.class)
    void jumpsLandOnTheRightRowsAfterInsertsAndDeletes(ItemSort sort) {
        anchored(sort, ROWS + 100, 10); // past the end: learns every anchor
        assertThat(complete(sort)).isTrue();
        sql("INSERT INTO items (folder_id, server_id, kind, offline_state, subject, subject_key, sender, sender_key, "
                + "sort_date, item_size, is_read, flagged, has_attachments) SELECT " + folder + ", 'n' || X, 'MAIL', "
                + "'SYNCED', 'a' || MOD(X, 9), 'a' || MOD(X, 9), 'q' || MOD(X, 50), 'q' || MOD(X, 50), "
                + "CASEWHEN(MOD(X, 17) = 0, NULL, TIMESTAMP WITH TIME ZONE '2026-01-01 00:30:00+00' "
                + "+ MOD(X * 7, 320) * INTERVAL '1' HOUR), MOD(X * 3, 7) * 100 + 50, TRUE, FALSE, FALSE "
                + "FROM SYSTEM_RANGE(1, 90)");
        sql("DELETE FROM items WHERE server_id IN ('m3', 'm100', 'm101', 'm450', 'm699', 'n5')");
        sql("UPDATE items SET offline_state = 'LOCALLY_DELETED' WHERE server_id IN ('m7', 'm222', 'n40')");
        sql("UPDATE items SET offline_state = 'SYNCED' WHERE server_id IN ('m13', 'm650')"); // deleted ones come back
        sql("UPDATE items SET sender_key = 'zz', subject_key = 'b', item_size = 1, "
                + "sort_date = TIMESTAMP WITH TIME ZONE '2027-01-01 00:00:00+00' WHERE server_id IN ('m20', 'n60')");
        sql("UPDATE items SET is_read = FALSE WHERE server_id = 'm21'"); // changes no order
        int rows = count();

        for (int offset = 16; offset < rows; offset += 11) {
            assertThat(ids(anchored(sort, offset, 12))).as("offset " + offset).isEqualTo(ids(plain(sort, offset, 12)));
        }
        assertThat(changesLogged()).as("every change was counted into the anchors").isZero();
    }

    @Test
    void anchorsAndUncountedChangesSurviveAReopen() {
        for (ItemSort sort : ItemSort.values()) {
            anchored(sort, ROWS + 100, 10);
        }
        Map<ItemSort, Integer> learnt = new EnumMap<>(ItemSort.class);
        for (ItemSort sort : ItemSort.values()) {
            learnt.put(sort, anchorRows(sort));
        }
        // written while the cache was open, not yet counted into the anchors when it closes
        sql("DELETE FROM items WHERE server_id IN ('m1', 'm2', 'm333')");
        sql("UPDATE items SET sender_key = 'a0', sort_date = NULL WHERE server_id = 'm400'");
        store.close();

        store = H2CacheStore.open(dir);
        assertThat(changesLogged()).as("three rows left, one moved").isEqualTo(5);
        positions = new ListPositions(store.database(), 16);
        for (ItemSort sort : ItemSort.values()) {
            assertThat(anchorRows(sort)).as(sort + " anchors kept").isEqualTo(learnt.get(sort));
            assertThat(complete(sort)).as(sort + " complete").isTrue();
            for (int offset = 20; offset < ROWS - 60; offset += 37) {
                assertThat(ids(anchored(sort, offset, 10))).as(sort + " at " + offset)
                        .isEqualTo(ids(plain(sort, offset, 10)));
            }
            assertThat(anchorRows(sort)).as(sort + " learnt nothing again").isEqualTo(learnt.get(sort));
        }
        assertThat(changesLogged()).isZero();
    }

    @Test
    void changesOfFoldersWithoutAnchorsAreNotKept() throws InterruptedException {
        sql("UPDATE items SET sender_key = 'x' WHERE server_id = 'm1'");
        assertThat(changesLogged()).isPositive();
        positions.itemsChanged(folder); // taken from the log in the background
        long until = System.nanoTime() + 20_000_000_000L;
        while (changesLogged() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(changesLogged()).isZero();
    }

    private void sql(String update) {
        store.database().write("changing", c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(update);
            }
            return null;
        });
    }

    private int query(String sql) {
        return store.database().read("counting", c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    private int count() {
        return query("SELECT COUNT(*) FROM items WHERE folder_id = " + folder
                + " AND offline_state <> 'LOCALLY_DELETED'");
    }

    private int anchorRows(ItemSort sort) {
        return query("SELECT COUNT(*) FROM list_anchors WHERE folder_id = " + folder + " AND sort_order = '"
                + sort + "'");
    }

    private boolean complete(ItemSort sort) {
        return query("SELECT COUNT(*) FROM list_anchor_sets WHERE complete AND folder_id = " + folder
                + " AND sort_order = '" + sort + "'") == 1;
    }

    private int changesLogged() {
        return query("SELECT COUNT(*) FROM list_changes");
    }

    private List<ItemSummary> anchored(ItemSort sort, int offset, int limit) {
        return positions.page(folder, sort, offset, limit);
    }

    private List<ItemSummary> plain(ItemSort sort, int offset, int limit) {
        return store.database().read("paging", c -> ItemReader.page(c, folder, sort, offset, limit));
    }

    private static List<String> ids(List<ItemSummary> page) {
        return page.stream().map(ItemSummary::serverId).toList();
    }
}
