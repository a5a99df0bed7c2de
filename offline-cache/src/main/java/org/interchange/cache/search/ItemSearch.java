package org.interchange.cache.search;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.lucene.store.LockObtainFailedException;
import org.interchange.cache.api.CacheException;

/**
 * Full-text search of the offline cache (issue 6): finds items whose words start with each word of a
 * query, newest first, in a Lucene index kept beside the H2 file. Writers of items only queue their ids
 * (migration V62's triggers, in the writing transaction); a background {@link SearchIndexer} indexes them.
 */
public final class ItemSearch implements AutoCloseable {
    private final SearchIndex index;
    private final SearchIndexer indexer;

    private ItemSearch(SearchIndex index, SearchIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    /**
     * Opens the index in {@code dir} (rebuilt from the items when missing, unreadable or another cache's)
     * and starts indexing what the cache in {@code db} queued.
     *
     * @throws CacheException when the directory cannot be used or another open cache uses it
     */
    public static ItemSearch open(Path dir, DataSource db) {
        SearchIndex index;
        try {
            index = SearchIndex.open(dir, db);
        } catch (LockObtainFailedException e) {
            throw new CacheException("The search index " + dir + " is in use by another open cache", e);
        } catch (IOException | SQLException e) {
            throw new CacheException("Cannot open the search index " + dir + ": " + e.getMessage(), e);
        }
        SearchIndexer indexer = new SearchIndexer(db, index, dir.toString());
        indexer.start();
        return new ItemSearch(index, indexer);
    }

    /**
     * The ids of at most {@code limit} items having a word that starts with each word of {@code query},
     * newest first (by date, then id); none when the query has no words. Items written a moment ago are
     * found unless a long queue (an initial sync) waits, which is then indexed in the background.
     *
     * @throws CacheException when the index or the database cannot be read
     */
    public List<Long> ids(String query, int limit) {
        List<String> words = SearchTokens.query(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            indexer.catchUp();
            return index.ids(words, limit);
        } catch (IOException | SQLException e) {
            throw new CacheException("Offline cache: searching for " + query + " failed: " + e.getMessage(), e);
        }
    }

    /** The indexer, for the tests of this package. */
    SearchIndexer indexer() {
        return indexer;
    }

    /** The index, for the tests of this package. */
    SearchIndex index() {
        return index;
    }

    /** Stops the indexer and closes the index; the database stays open. */
    @Override
    public void close() {
        indexer.close();
        try {
            index.close();
        } catch (IOException e) {
            throw new CacheException("Closing the search index failed: " + e.getMessage(), e);
        }
    }
}
