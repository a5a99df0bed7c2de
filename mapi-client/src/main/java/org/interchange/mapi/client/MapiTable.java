package org.interchange.mapi.client;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * An open contents table read page by page with RopQueryRows, [MS-OXCTABL] 2.2.2.5 and 3.1.4.
 * Rows carry the requested columns (absent or error values read as missing). Close it to release
 * the server's table and folder objects. Not thread-safe.
 */
public interface MapiTable extends AutoCloseable {

    /** The table's row count as RopGetContentsTable reported it when the table was opened. */
    long rowCount();

    /** The columns set on the table, in request order. */
    List<PropertyTag> columns();

    /** The next page of rows (at most {@link MapiSessionOptions#pageSize()}), or an empty list at the end. */
    List<PropertyBag> nextPage();

    /** All remaining rows, fetched page by page. */
    List<PropertyBag> readAll();

    /** Releases the server objects (batched into the session's next request). */
    @Override
    void close();
}
