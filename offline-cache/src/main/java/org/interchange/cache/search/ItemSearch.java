package org.interchange.cache.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds cached items by the words of a query in the index of migration V50: an item matches when
 * each query word starts one of its words (subject, sender, recipients, body, text fields). Items
 * deleted locally are left out; the newest come first.
 *
 * <p>The cost follows the rarest word, not the mailbox: each word's matches are counted up to
 * {@link #RARE}; when one word is rare, its items are the candidates, the other words are checked by
 * seeks on (item_id, token) (migration V60) and the few survivors sorted by date. When every word is
 * common, the items are walked newest first in chunks of {@link #CHUNK}, keeping those that have every
 * word, until {@code limit} are found; common words make matches dense, so few chunks are read.
 */
public final class ItemSearch {
    /** A word with at most this many index entries is rare: its items are read as candidates. */
    static final int RARE = 4_000;
    /** Items looked at per step of the newest-first walk. */
    static final int CHUNK = 2_000;

    private ItemSearch() {
    }

    /** The ids of at most {@code limit} matching items, newest first; none when the query has no words. */
    public static List<Long> ids(Connection c, String query, int limit) throws SQLException {
        return ids(c, query, limit, RARE, CHUNK);
    }

    /** As {@link #ids(Connection, String, int)} with the thresholds given (tests use small ones). */
    static List<Long> ids(Connection c, String query, int limit, int rare, int chunk) throws SQLException {
        List<String> words = SearchTokens.query(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Word> counted = new ArrayList<>(words.size());
        for (String word : words) {
            counted.add(new Word(word, cappedCount(c, word, rare)));
        }
        counted.sort(Comparator.comparingInt(Word::count));
        Word rarest = counted.getFirst();
        if (rarest.count() == 0) {
            return List.of();
        }
        List<Word> others = counted.subList(1, counted.size());
        return rarest.count() <= rare ? fromCandidates(c, rarest, others, limit)
                : newestFirst(c, counted, limit, chunkSize(chunk));
    }

    private static List<Long> fromCandidates(Connection c, Word rarest, List<Word> others, int limit)
            throws SQLException {
        Long[] candidates;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT item_id FROM search_tokens WHERE token >= ? AND token < ?")) {
            s.setString(1, rarest.word());
            s.setString(2, upperBound(rarest.word()));
            candidates = longs(s);
        }
        for (Word other : others) {
            if (candidates.length == 0) {
                return List.of();
            }
            candidates = having(c, candidates, other);
        }
        if (candidates.length == 0) {
            return List.of();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM items WHERE id IN (" + list(candidates) + ") "
                + "AND offline_state <> 'LOCALLY_DELETED' ORDER BY sort_date DESC NULLS LAST, id DESC LIMIT ?")) {
            s.setInt(1, limit);
            return List.of(longs(s));
        }
    }

    private static int chunkSize(int chunk) {
        if (chunk <= 0) {
            throw new IllegalArgumentException("chunk must be positive: " + chunk);
        }
        return chunk;
    }

    private static List<Long> newestFirst(Connection c, List<Word> words, int limit, int chunkSize)
            throws SQLException {
        List<Long> found = new ArrayList<>(limit);
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM items USE INDEX (ix_items_recent) "
                + "WHERE offline_state <> 'LOCALLY_DELETED' ORDER BY sort_date DESC, id DESC LIMIT ? OFFSET ?")) {
            for (int offset = 0; found.size() < limit; offset += chunkSize) {
                s.setInt(1, chunkSize);
                s.setInt(2, offset);
                Long[] chunk = longs(s);
                if (chunk.length == 0) {
                    break;
                }
                Long[] kept = chunk;
                for (Word word : words) {
                    if (kept.length == 0) {
                        break;
                    }
                    kept = having(c, kept, word);
                }
                keepInOrder(chunk, kept, found, limit);
                if (chunk.length < chunkSize) {
                    break;
                }
            }
        }
        return found;
    }

    /** Adds the ids of {@code chunk} that are in {@code kept} to {@code found}, in the chunk's order. */
    private static void keepInOrder(Long[] chunk, Long[] kept, List<Long> found, int limit) {
        java.util.Set<Long> keep = java.util.Set.of(kept);
        for (Long id : chunk) {
            if (found.size() == limit) {
                return;
            }
            if (keep.contains(id)) {
                found.add(id);
            }
        }
    }

    /** The ids among {@code ids} that have a word starting with {@code word}: one seek on (item_id, token) each. */
    private static Long[] having(Connection c, Long[] ids, Word word) throws SQLException {
        List<Long> kept = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM search_tokens "
                + "WHERE item_id = ? AND token >= ? AND token < ? LIMIT 1")) {
            s.setString(2, word.word());
            s.setString(3, upperBound(word.word()));
            for (Long id : ids) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        kept.add(id);
                    }
                }
            }
        }
        return kept.toArray(Long[]::new);
    }

    /** Ids written into the statement (they come from the cache's own rows, never from input). */
    private static String list(Long[] ids) {
        StringBuilder out = new StringBuilder(ids.length * 8);
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(ids[i].longValue());
        }
        return out.toString();
    }

    /** How many index entries start with {@code word}, counted no further than just past {@code rare}. */
    private static int cappedCount(Connection c, String word, int rare) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM search_tokens "
                + "WHERE token >= ? AND token < ? LIMIT ?)")) {
            s.setString(1, word);
            s.setString(2, upperBound(word));
            s.setInt(3, rare + 1);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static Long[] longs(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            List<Long> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getLong(1));
            }
            return out.toArray(Long[]::new);
        }
    }

    /** The smallest string greater than every string starting with {@code prefix}. */
    static String upperBound(String prefix) {
        return prefix + Character.MAX_VALUE;
    }

    /** A query word and its capped number of index entries. */
    private record Word(String word, int count) {
    }
}
