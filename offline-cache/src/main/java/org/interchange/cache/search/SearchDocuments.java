package org.interchange.cache.search;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * The Lucene document of a cached item, read from H2: its words (subject, sender, recipients, the text
 * fields of {@link #TEXT_FIELDS}, the start of its body) in {@link #TEXT}, its id and date for sorting,
 * and its kind and folder so that a filter needs no rebuild. Locally deleted items have no document.
 */
final class SearchDocuments {
    /** Characters of a body looked at for words. */
    static final int MAX_BODY_CHARS = 16_384;
    /** The item_fields whose values are searched. */
    static final Set<String> TEXT_FIELDS = Set.of("location", "organizer", "email", "company", "jobTitle", "to", "cc",
            "bcc");

    /** The item id as a term, the key of updates and deletes. */
    static final String ID = "id";
    /** The item id as a number, the second sort key. */
    static final String ORDER = "order";
    /** {@code sort_date} in microseconds since 1970, the first sort key; absent when the item has none. */
    static final String DATE = "date";
    static final String KIND = "kind";
    static final String FOLDER = "folder";
    static final String TEXT = "text";

    private static final FieldType WORDS = words();
    private static final Pattern TAGS = Pattern.compile("<[^>]*>|&[a-zA-Z#0-9]+;");

    private SearchDocuments() {
    }

    private static FieldType words() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** The term that names the document of item {@code id}. */
    static Term key(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** The documents of those of {@code ids} that exist and are not locally deleted, by item id. */
    static Map<Long, Document> read(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Document> documents = new HashMap<>();
        if (ids.isEmpty()) {
            return documents;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, StringBuilder> fields = fields(c, in);
        try (PreparedStatement s = c.prepareStatement("SELECT id, kind, folder_id, sort_date, subject, sender, "
                + "recipients, body_text, body_html FROM items WHERE id IN (" + in + ") "
                + "AND offline_state <> 'LOCALLY_DELETED'"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                StringBuilder text = new StringBuilder(1024);
                append(text, r.getString(5));
                append(text, r.getString(6));
                append(text, r.getString(7));
                StringBuilder values = fields.get(id);
                if (values != null) {
                    text.append(values);
                }
                String body = start(r, 8);
                if (body == null || body.isBlank()) {
                    String html = start(r, 9);
                    body = html == null ? null : TAGS.matcher(html).replaceAll(" ");
                }
                append(text, body);
                documents.put(id, document(id, r.getString(2), r.getLong(3), r.getObject(4, OffsetDateTime.class),
                        text.toString()));
            }
        }
        return documents;
    }

    private static Map<Long, StringBuilder> fields(Connection c, String in) throws SQLException {
        Map<Long, StringBuilder> values = new HashMap<>();
        String names = TEXT_FIELDS.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
        try (PreparedStatement s = c.prepareStatement("SELECT item_id, field_value FROM item_fields "
                + "WHERE item_id IN (" + in + ") AND name IN (" + names + ")"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                append(values.computeIfAbsent(r.getLong(1), id -> new StringBuilder()), r.getString(2));
            }
        }
        return values;
    }

    private static Document document(long id, String kind, long folder, OffsetDateTime date, String text) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(id), Field.Store.NO));
        d.add(new NumericDocValuesField(ORDER, id));
        if (date != null) {
            d.add(new NumericDocValuesField(DATE, micros(date.toInstant())));
        }
        d.add(new StringField(KIND, kind, Field.Store.NO));
        d.add(new LongPoint(FOLDER, folder));
        d.add(new Field(TEXT, text, WORDS));
        return d;
    }

    /** Microseconds since 1970, saturated for dates beyond about 290,000 years. */
    static long micros(Instant instant) {
        try {
            return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
        } catch (ArithmeticException e) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
    }

    private static void append(StringBuilder text, String value) {
        if (value != null) {
            text.append(value).append('\n');
        }
    }

    /** The first {@link #MAX_BODY_CHARS} characters of a CLOB column, without reading the rest. */
    private static String start(ResultSet r, int column) throws SQLException {
        try (Reader reader = r.getCharacterStream(column)) {
            if (reader == null) {
                return null;
            }
            char[] buffer = new char[MAX_BODY_CHARS];
            int filled = 0;
            for (int n; filled < buffer.length && (n = reader.read(buffer, filled, buffer.length - filled)) >= 0; ) {
                filled += n;
            }
            return new String(buffer, 0, filled);
        } catch (IOException e) {
            throw new SQLException("search index: cannot read the body of an item", e);
        }
    }
}
