package org.interchange.mapi.client.internal.session;

import java.util.List;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.client.internal.rop.ServerTable;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.PermissionData;
import org.interchange.mapi.codec.rop.RopGetPermissionsTableRequest;
import org.interchange.mapi.codec.rop.RopGetPermissionsTableResponse;
import org.interchange.mapi.codec.rop.RopModifyPermissionsRequest;
import org.interchange.mapi.codec.rop.RopModifyPermissionsResponse;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderResponse;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RopSetColumnsResponse;

/**
 * A folder's permissions list, [MS-OXCPERM] 3.1.4.1 and 3.1.4.2: RopOpenFolder, RopGetPermissionsTable,
 * RopSetColumns and RopQueryRows in one Execute (further pages after), or RopOpenFolder,
 * RopModifyPermissions and RopRelease in one Execute.
 */
public final class PermissionsOperation {
    /** TableFlags and ModifyFlags IncludeFreeBusy, [MS-OXCPERM] 2.2.1.1 and 2.2.2.1. */
    static final int INCLUDE_FREE_BUSY = 0x02;

    private PermissionsOperation() {
    }

    /** Every row of the folder's permissions table with {@code columns}, free/busy bits included. */
    public static List<PropertyRow> list(SessionContext context, long folderId, List<PropertyTag> columns) {
        RopBatch batch = context.executor().newBatch();
        int id = RopBatch.LOGON_ID;
        int logon = batch.input(context.logon());
        int folder = batch.output();
        int table = batch.output();
        RopBatch.Ticket<RopOpenFolderResponse> open = batch.add(new RopOpenFolderRequest(id, logon, folder, folderId, 0),
                RopOpenFolderResponse.class);
        RopBatch.Ticket<RopGetPermissionsTableResponse> get = batch.add(
                new RopGetPermissionsTableRequest(id, folder, table, INCLUDE_FREE_BUSY), RopGetPermissionsTableResponse.class);
        RopBatch.Ticket<RopSetColumnsResponse> setColumns = batch.add(new RopSetColumnsRequest(id, table, 0, columns),
                RopSetColumnsResponse.class);
        RopBatch.Ticket<RopQueryRowsResponse> query = TableCursor.queryRows(batch, table, context.options().pageSize());

        BatchResult result = context.executor().run(batch);
        result.get(open);
        result.get(get);
        result.get(setColumns);
        TableCursor.Page first = TableCursor.Page.of(result.get(query), result);
        ServerObject folderObject = result.claim(folder);
        try (TableCursor cursor = new TableCursor(context, new ServerTable(result.claim(table), columns),
                List.of(folderObject), first)) {
            return cursor.rest();
        }
    }

    /** Applies PermissionData rows with IncludeFreeBusy (and ReplaceRows when {@code replace}). */
    public static void modify(SessionContext context, long folderId, boolean replace, List<PermissionData> rows) {
        RopBatch batch = context.executor().newBatch();
        int id = RopBatch.LOGON_ID;
        int logon = batch.input(context.logon());
        int folder = batch.output();
        RopBatch.Ticket<RopOpenFolderResponse> open = batch.add(new RopOpenFolderRequest(id, logon, folder, folderId, 0),
                RopOpenFolderResponse.class);
        RopBatch.Ticket<RopModifyPermissionsResponse> modify = batch.add(new RopModifyPermissionsRequest(id, folder,
                INCLUDE_FREE_BUSY | (replace ? 0x01 : 0), rows), RopModifyPermissionsResponse.class);
        batch.add(new RopReleaseRequest(id, folder), RopResponse.class);

        BatchResult result = context.executor().run(batch);
        result.get(open);
        result.claim(folder); // released by the RopRelease of this batch
        result.get(modify);
    }
}
