package org.interchange.mapi.client.internal.session;

import java.util.List;
import org.interchange.mapi.client.MapiTable;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.PropertyBag;

/** {@link MapiTable} over a {@link TableCursor}, [MS-OXCTABL] 3.1.4. */
public final class ContentsTable implements MapiTable {
    private final SessionContext context;
    private final FolderTables.Opened opened;

    public ContentsTable(SessionContext context, FolderTables.Opened opened) {
        this.context = context;
        this.opened = opened;
    }

    @Override
    public long rowCount() {
        return opened.rowCount();
    }

    @Override
    public List<PropertyTag> columns() {
        return opened.cursor().table().columns();
    }

    @Override
    public List<PropertyBag> nextPage() {
        return bags(opened.cursor().next());
    }

    @Override
    public List<PropertyBag> readAll() {
        return bags(opened.cursor().rest());
    }

    private List<PropertyBag> bags(List<PropertyRow> rows) {
        return rows.stream().map(r -> context.bag(r.values())).toList();
    }

    @Override
    public void close() {
        opened.cursor().close();
    }
}
