package org.interchange.mapi.server.rop.oxcfold;

import org.interchange.mapi.codec.rop.NotificationData;
import java.util.List;
import org.interchange.mapi.codec.rop.RopEmptyFolderRequest;
import org.interchange.mapi.codec.rop.RopEmptyFolderResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageSummary;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopEmptyFolder, [MS-OXCFOLD] 3.2.5.9: deletes the folder's normal messages (and FAI messages when
 * asked) and its subfolders, leaving the folder itself.
 */
public final class EmptyFolderHandler implements RopHandler<RopEmptyFolderRequest> {

    @Override
    public RopId ropId() {
        return RopId.EMPTY_FOLDER;
    }

    @Override
    public Class<RopEmptyFolderRequest> requestType() {
        return RopEmptyFolderRequest.class;
    }

    @Override
    public RopResponse handle(RopEmptyFolderRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, folder, MemberRights.DELETE_ANY | MemberRights.FOLDER_OWNER);
        Mailbox mailbox = folder.logon().mailbox();
        long fid = folder.folder().fid();
        List<Long> mids = context.store().messageSummaries(mailbox, fid).stream()
                .filter(m -> request.wantDeleteAssociated() || !m.associated()).map(MessageSummary::mid).toList();
        context.store().deleteMessages(mailbox, fid, mids).forEach(mid -> context.notifications()
                .messageEvent(mailbox, NotificationData.OBJECT_DELETED, fid, mid));
        for (FolderRecord child : context.store().childFolders(mailbox, fid)) {
            if (!mailbox.specialFolders().containsValue(child.fid())) {
                context.store().deleteFolder(mailbox, child.fid());
            }
        }
        return new RopEmptyFolderResponse(request.inputHandleIndex(), RopErrors.SUCCESS, false);
    }
}
