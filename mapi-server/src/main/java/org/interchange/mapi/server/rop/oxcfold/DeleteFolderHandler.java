package org.interchange.mapi.server.rop.oxcfold;

import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.codec.rop.RopDeleteFolderRequest;
import org.interchange.mapi.codec.rop.RopDeleteFolderResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.FolderCounts;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopDeleteFolder, [MS-OXCFOLD] 3.2.5.3: deletes a subfolder of the input folder; one that still has
 * messages without DEL_MESSAGES, or subfolders without DEL_FOLDERS, is kept (PartialCompletion).
 * Special folders cannot be deleted.
 */
public final class DeleteFolderHandler implements RopHandler<RopDeleteFolderRequest> {
    /** DeleteFolderFlags DEL_MESSAGES, [MS-OXCFOLD] 2.2.1.3.1. */
    public static final int DEL_MESSAGES = 0x01;
    /** DeleteFolderFlags DEL_FOLDERS. */
    public static final int DEL_FOLDERS = 0x04;

    @Override
    public RopId ropId() {
        return RopId.DELETE_FOLDER;
    }

    @Override
    public Class<RopDeleteFolderRequest> requestType() {
        return RopDeleteFolderRequest.class;
    }

    @Override
    public RopResponse handle(RopDeleteFolderRequest request, RopContext context) {
        FolderObject parent = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, parent.logon(), request.folderId(), MemberRights.FOLDER_OWNER);
        Mailbox mailbox = parent.logon().mailbox();
        context.store().folder(mailbox, request.folderId()).filter(f -> f.parentFid() == parent.folder().fid())
                .orElseThrow(() -> new RopFailure(RopErrors.NOT_FOUND, "no subfolder 0x"
                        + Long.toHexString(request.folderId())));
        if (mailbox.specialFolders().containsValue(request.folderId())) {
            throw new RopFailure(RopErrors.ACCESS_DENIED, "special folders cannot be deleted");
        }
        FolderCounts counts = context.store().counts(mailbox, request.folderId());
        int flags = request.deleteFolderFlags();
        boolean blocked = counts.total() > 0 && (flags & DEL_MESSAGES) == 0
                || counts.subfolders() > 0 && (flags & DEL_FOLDERS) == 0;
        if (!blocked) {
            context.store().deleteFolder(mailbox, request.folderId());
            context.notifications().folderEvent(mailbox, NotificationData.OBJECT_DELETED, request.folderId(),
                    parent.folder().fid());
        }
        return new RopDeleteFolderResponse(request.inputHandleIndex(), RopErrors.SUCCESS, blocked);
    }
}
