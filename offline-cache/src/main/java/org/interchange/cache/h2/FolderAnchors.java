package org.interchange.cache.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemSort;

/**
 * The list anchors of one folder in every order it was shown in, as stored ({@link AnchorTable}), kept current
 * with the change log its item writes leave: {@link #fold} counts the changes a transaction sees into every order's
 * anchors, passes them on and deletes them, in the same transaction. Callers hold the folder's lock and run each call in one
 * snapshot transaction, so anchors always count exactly the item rows of that snapshot.
 */
final class FolderAnchors {
    /** Changes beyond this many at once, or in total since learning, make the anchors be learnt again. */
    static final int CHANGE_LIMIT_STRIDES = 16;

    private final long folderId;
    private final int stride;
    private Map<ItemSort, ListAnchors> sets;

    FolderAnchors(long folderId, int stride) {
        this.folderId = folderId;
        this.stride = stride;
    }

    /** Forgets what was read from the store, after a transaction failed; the next call reads it again. */
    void reset() {
        sets = null;
    }

    /**
     * Counts the logged changes this transaction sees into the anchors of every order and deletes them from the log;
     * with no anchors, they are only deleted. Anchors worn by many changes are dropped, to be learnt again.
     */
    void fold(Connection c) throws SQLException {
        int limit = CHANGE_LIMIT_STRIDES * stride;
        List<AnchorTable.Change> changes = AnchorTable.changes(c, folderId, limit + 1);
        if (changes.isEmpty()) {
            return;
        }
        Map<ItemSort, ListAnchors> known = sets(c);
        if (changes.size() > limit) {
            for (ItemSort sort : List.copyOf(known.keySet())) {
                drop(c, sort);
            }
            AnchorTable.deleteChanges(c, folderId);
            return;
        }
        for (ListAnchors set : List.copyOf(known.values())) {
            for (AnchorTable.Change change : changes) {
                if (change.delta() != 0) {
                    set.apply(change.value(set.sort), change.delta(), stride);
                }
            }
            if (set.worn(stride, limit)) {
                drop(c, set.sort);
            } else {
                AnchorTable.save(c, folderId, set);
            }
        }
        AnchorTable.deleteChanges(c, changes);
    }

    /** The anchors of {@code sort}, stored as a new empty set when there are none. */
    ListAnchors anchors(Connection c, ItemSort sort) throws SQLException {
        Map<ItemSort, ListAnchors> known = sets(c);
        ListAnchors set = known.get(sort);
        if (set == null) {
            set = new ListAnchors(sort, List.of(), false, 0, 0);
            AnchorTable.save(c, folderId, set);
            known.put(sort, set);
        }
        return set;
    }

    /** Learns the next anchor of {@code set} and stores it. */
    void learnNext(Connection c, ListAnchors set) throws SQLException {
        int before = set.known().size();
        set.learnNext(c, folderId, stride);
        AnchorTable.saveLearnt(c, folderId, set, before);
    }

    private void drop(Connection c, ItemSort sort) throws SQLException {
        AnchorTable.delete(c, folderId, sort);
        sets.remove(sort);
    }

    private Map<ItemSort, ListAnchors> sets(Connection c) throws SQLException {
        if (sets == null) {
            sets = new EnumMap<>(AnchorTable.load(c, folderId));
        }
        return sets;
    }
}
