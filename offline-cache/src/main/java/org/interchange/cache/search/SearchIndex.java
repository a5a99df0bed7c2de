package org.interchange.cache.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of the cached items in a directory beside the cache's H2 file, its documents sorted
 * newest first. Opening it checks that it exists, can be read, has this layout and belongs to this cache
 * (the id of migration V62 is in its commit); otherwise every item is queued for indexing and the
 * directory is emptied and started again.
 */
final class SearchIndex implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());
    /** The commit data key that names the cache whose items the index holds. */
    private static final String OWNER = "interchange.cache";
    /** The commit data key of the index's layout; an index of another layout is rebuilt. */
    private static final String FORMAT = "interchange.format";
    /** Words with their starts (see {@link WordAnalyzer}), documents sorted newest first. */
    private static final String LAYOUT = "word-starts/newest-first/1";
    private static final Sort NEWEST_FIRST = newestFirst();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    private static Sort newestFirst() {
        SortField date = new SortField(SearchDocuments.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, new SortField(SearchDocuments.ORDER, SortField.Type.LONG, true));
    }

    /**
     * Opens the index in {@code dir} for the cache in {@code db}, rebuilding it (by queueing every item)
     * when it is missing, unreadable or another cache's.
     *
     * @throws LockObtainFailedException when another open cache uses the index
     * @throws IOException when the directory cannot be written even after emptying it
     */
    static SearchIndex open(Path dir, DataSource db) throws IOException, SQLException {
        String owner = owner(db);
        String problem;
        try {
            SearchIndex index = openExisting(dir, owner);
            if (index != null) {
                return index;
            }
            problem = "there is none";
        } catch (LockObtainFailedException e) {
            throw e; // another open cache writes it: never empty it under its feet
        } catch (IOException | RuntimeException e) {
            problem = "it cannot be read (" + e + ")";
        }
        LOG.log(System.Logger.Level.INFO, "Rebuilding the search index in " + dir + ": " + problem);
        queueEveryItem(db);
        empty(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        writer.setLiveCommitData(Map.of(OWNER, owner, FORMAT, LAYOUT).entrySet());
        writer.commit();
        return new SearchIndex(directory, writer, new SearcherManager(writer, null));
    }

    /** The index in {@code dir} when it is this cache's and readable; null when there is none or it is another's. */
    private static SearchIndex openExisting(Path dir, String owner) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer = null;
        try {
            if (DirectoryReader.indexExists(directory)) {
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
                Map<String, String> data = new HashMap<>();
                writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
                if (owner.equals(data.get(OWNER)) && LAYOUT.equals(data.get(FORMAT))) {
                    return new SearchIndex(directory, writer, new SearcherManager(writer, null));
                }
                LOG.log(System.Logger.Level.INFO, "The search index in " + dir + " belongs to another cache "
                        + "or has another layout: " + data);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer, directory);
            throw e;
        }
        closeQuietly(writer, directory);
        return null;
    }

    private static void closeQuietly(IndexWriter writer, Directory directory) {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing an unusable search index", e);
        }
        try {
            directory.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing an unusable search index", e);
        }
    }

    /*
     * Measured (20,000 documents of ~700 words, written as a sync delivers them, commits as SearchIndexer makes
     * them, one merge thread; process CPU): sorted, 32 MB buffer, TieredMergePolicy defaults 14.8-15.9 s;
     * unsorted 11.3-13.1 s, but a search for a common word then collects every hit (0.6-0.8 ms instead of
     * 0.1 ms at 20,000 items, growing with the mailbox) and a new layout would rebuild every index; a 64 MB
     * buffer 15.2 s and 20 segments per tier 13.8 s, both within the noise. Committing every 185 documents,
     * as before SearchIndexer committed rarely, took 36.9 s.
     */
    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
        merges.setMaxMergesAndThreads(2, 1); // a desktop: leave the other cores to the user
        return new IndexWriterConfig(new WordAnalyzer())
                .setOpenMode(mode)
                .setMergeScheduler(merges)
                .setIndexSort(NEWEST_FIRST) // a search stops after the first hits
                .setRAMBufferSizeMB(32)
                .setCommitOnClose(false);
    }

    private static String owner(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM search_index_owner")) {
            if (!r.next()) {
                throw new SQLException("search index: the table search_index_owner is empty");
            }
            return r.getString(1);
        }
    }

    /** Queues every item, committed before the index is emptied, so a crash between the two loses nothing. */
    private static void queueEveryItem(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO search_pending (item_id) SELECT id FROM items");
        }
    }

    /** Makes {@code dir} an empty directory: the files in it (all the index's) are deleted. */
    private static void empty(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            Files.delete(dir);
        }
        Files.createDirectories(dir);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Writes the documents of {@code ids}: replaced by the one in {@code documents}, or deleted when it has none. */
    void write(Collection<Long> ids, Map<Long, Document> documents) throws IOException {
        for (long id : ids) {
            Document d = documents.get(id);
            if (d == null) {
                writer.deleteDocuments(SearchDocuments.key(id));
            } else {
                writer.updateDocument(SearchDocuments.key(id), d);
            }
        }
    }

    /** Makes what was written durable and visible to searches. */
    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Makes what was written visible to searches, without making it durable. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** The ids of at most {@code limit} items having a word that starts with each of {@code words}, newest first. */
    List<Long> ids(List<String> words, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new TermQuery(new Term(SearchDocuments.TEXT, word)), BooleanClause.Occur.FILTER);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            // the documents are in this order, so counting stops at the limit
            ScoreDoc[] hits = searcher.search(query.build(),
                    new TopFieldCollectorManager(NEWEST_FIRST, limit, limit)).scoreDocs;
            List<Long> ids = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                ids.add((Long) ((FieldDoc) hit).fields[1]);
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Documents in the index as last refreshed, for the tests of this package. */
    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
