package org.interchange.mapi.client.internal.session;

import java.util.List;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.client.internal.rop.ServerTable;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.RopGetContentsTableRequest;
import org.interchange.mapi.codec.rop.RopGetContentsTableResponse;
import org.interchange.mapi.codec.rop.RopGetHierarchyTableRequest;
import org.interchange.mapi.codec.rop.RopGetHierarchyTableResponse;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderResponse;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RopSetColumnsResponse;

/**
 * Opens a folder's hierarchy or contents table in one Execute: RopOpenFolder, RopGetHierarchyTable
 * or RopGetContentsTable, RopSetColumns and the first RopQueryRows chained through output handle
 * slots, [MS-OXCFOLD] 2.2.1.1, 2.2.1.13, 2.2.1.14 and [MS-OXCTABL] 2.2.2.1, 2.2.2.5.
 */
public final class FolderTables {
    /** Hierarchy TableFlags Depth | NoNotifications | UseUnicode, [MS-OXCFOLD] 2.2.1.13.1. */
    static final int HIERARCHY_FLAGS = 0x04 | 0x10 | 0x40;
    /** Contents TableFlags NoNotifications | UseUnicode, [MS-OXCFOLD] 2.2.1.14.1. */
    static final int CONTENTS_FLAGS = 0x10 | 0x40;

    /** An open folder table: its cursor (first page fetched) and the row count the server reported. */
    public record Opened(TableCursor cursor, long rowCount) {
    }

    private FolderTables() {
    }

    public static Opened hierarchy(SessionContext context, long folderId, List<PropertyTag> columns) {
        return open(context, folderId, columns, true);
    }

    public static Opened contents(SessionContext context, long folderId, List<PropertyTag> columns) {
        return open(context, folderId, columns, false);
    }

    private static Opened open(SessionContext context, long folderId, List<PropertyTag> columns, boolean hierarchy) {
        RopBatch batch = context.executor().newBatch();
        int logon = batch.input(context.logon());
        int folder = batch.output();
        int table = batch.output();
        int id = RopBatch.LOGON_ID;
        RopBatch.Ticket<RopOpenFolderResponse> openFolder = batch.add(
                new RopOpenFolderRequest(id, logon, folder, folderId, 0), RopOpenFolderResponse.class);
        RopBatch.Ticket<RopGetHierarchyTableResponse> getHierarchy = null;
        RopBatch.Ticket<RopGetContentsTableResponse> getContents = null;
        if (hierarchy) {
            getHierarchy = batch.add(new RopGetHierarchyTableRequest(id, folder, table, HIERARCHY_FLAGS),
                    RopGetHierarchyTableResponse.class);
        } else {
            getContents = batch.add(new RopGetContentsTableRequest(id, folder, table, CONTENTS_FLAGS),
                    RopGetContentsTableResponse.class);
        }
        RopBatch.Ticket<RopSetColumnsResponse> setColumns = batch.add(
                new RopSetColumnsRequest(id, table, 0, columns), RopSetColumnsResponse.class);
        RopBatch.Ticket<RopQueryRowsResponse> query = TableCursor.queryRows(batch, table,
                context.options().pageSize());

        BatchResult result = context.executor().run(batch);
        result.get(openFolder);
        long rowCount = hierarchy ? result.get(getHierarchy).rowCount() : result.get(getContents).rowCount();
        result.get(setColumns);
        TableCursor.Page first = TableCursor.Page.of(result.get(query), result);
        ServerObject folderObject = result.claim(folder);
        ServerObject tableObject = result.claim(table);
        TableCursor cursor = new TableCursor(context, new ServerTable(tableObject, columns),
                List.of(folderObject), first);
        return new Opened(cursor, rowCount);
    }
}
