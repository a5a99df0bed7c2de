package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pages read from anchors are the pages the plain OFFSET query reads, in every order. */
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

    private List<ItemSummary> anchored(ItemSort sort, int offset, int limit) {
        return store.database().read("paging", c -> positions.page(c, folder, sort, offset, limit));
    }

    private List<ItemSummary> plain(ItemSort sort, int offset, int limit) {
        return store.database().read("paging", c -> ItemReader.page(c, folder, sort, offset, limit));
    }

    private static List<String> ids(List<ItemSummary> page) {
        return page.stream().map(ItemSummary::serverId).toList();
    }
}
