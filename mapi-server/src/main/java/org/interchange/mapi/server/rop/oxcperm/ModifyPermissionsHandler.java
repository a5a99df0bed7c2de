package org.interchange.mapi.server.rop.oxcperm;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopModifyPermissionsRequest;
import org.interchange.mapi.codec.rop.RopModifyPermissionsResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.Mailbox;

/**
 * RopModifyPermissions, [MS-OXCPERM] 2.2.2 and 3.2.5.2: adds, changes and removes entries of the
 * folder's permissions list in one transaction (ReplaceRows first removes every entry but the
 * default user's). Only FolderOwner may; other ModifyFlags than ReplaceRows and IncludeFreeBusy
 * give ecInvalidParam.
 */
public final class ModifyPermissionsHandler implements RopHandler<RopModifyPermissionsRequest> {
    /** ModifyFlags ReplaceRows, [MS-OXCPERM] 2.2.2.1. */
    public static final int REPLACE_ROWS = 0x01;
    /** ModifyFlags IncludeFreeBusy, [MS-OXCPERM] 2.2.2.1. */
    public static final int INCLUDE_FREE_BUSY = 0x02;

    @Override
    public RopId ropId() {
        return RopId.MODIFY_PERMISSIONS;
    }

    @Override
    public Class<RopModifyPermissionsRequest> requestType() {
        return RopModifyPermissionsRequest.class;
    }

    @Override
    public RopResponse handle(RopModifyPermissionsRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, folder, MemberRights.FOLDER_OWNER);
        int flags = request.modifyFlags();
        if ((flags & ~(REPLACE_ROWS | INCLUDE_FREE_BUSY)) != 0) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "ModifyFlags 0x" + Integer.toHexString(flags));
        }
        Mailbox mailbox = folder.logon().mailbox();
        long fid = folder.folder().fid();
        PermissionUpdates updates = new PermissionUpdates(context.store(), context.store().permissions().list(mailbox, fid));
        context.store().permissions().modify(mailbox, fid, updates.changes(request.permissionsData(),
                (flags & REPLACE_ROWS) != 0, (flags & INCLUDE_FREE_BUSY) != 0));
        return new RopModifyPermissionsResponse(request.inputHandleIndex());
    }
}
