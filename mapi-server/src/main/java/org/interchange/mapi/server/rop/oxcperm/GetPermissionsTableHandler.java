package org.interchange.mapi.server.rop.oxcperm;

import org.interchange.mapi.codec.rop.RopGetPermissionsTableRequest;
import org.interchange.mapi.codec.rop.RopGetPermissionsTableResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.TableObject;

/**
 * RopGetPermissionsTable, [MS-OXCPERM] 2.2.1 and 3.2.5.1: a table of the folder's permissions list
 * ({@link PermissionColumns}); the free/busy bits only with TableFlags IncludeFreeBusy. Anyone who
 * may see the folder may read it.
 */
public final class GetPermissionsTableHandler implements RopHandler<RopGetPermissionsTableRequest> {
    /** TableFlags IncludeFreeBusy, [MS-OXCPERM] 2.2.1.1. */
    public static final int INCLUDE_FREE_BUSY = 0x02;

    @Override
    public RopId ropId() {
        return RopId.GET_PERMISSIONS_TABLE;
    }

    @Override
    public Class<RopGetPermissionsTableRequest> requestType() {
        return RopGetPermissionsTableRequest.class;
    }

    @Override
    public RopResponse handle(RopGetPermissionsTableRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, folder, MemberRights.FOLDER_VISIBLE);
        var entries = context.store().permissions().list(folder.logon().mailbox(), folder.folder().fid());
        context.put(request.outputHandleIndex(), new TableObject(folder.logon(),
                PermissionColumns.rows(entries, (request.tableFlags() & INCLUDE_FREE_BUSY) != 0)));
        return new RopGetPermissionsTableResponse(request.outputHandleIndex());
    }
}
