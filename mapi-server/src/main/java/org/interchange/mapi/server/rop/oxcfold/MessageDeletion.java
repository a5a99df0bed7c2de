package org.interchange.mapi.server.rop.oxcfold;

import org.interchange.mapi.codec.rop.NotificationData;
import java.util.List;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;

/** Deletes messages of an open folder for RopDeleteMessages and RopHardDeleteMessages, [MS-OXCFOLD] 3.2.5.5 and 3.2.5.10. */
final class MessageDeletion {
    private MessageDeletion() {
    }

    /** Deletes and returns whether some id named no message of the folder (PartialCompletion). */
    static boolean delete(RopContext context, int handleIndex, List<Long> ids) {
        FolderObject folder = context.object(handleIndex, FolderObject.class);
        FolderAccess.requireDelete(context, folder.logon(), folder.folder().fid(), ids);
        List<Long> deleted = context.store().deleteMessages(folder.logon().mailbox(), folder.folder().fid(), ids);
        deleted.forEach(mid -> context.notifications().messageEvent(folder.logon().mailbox(),
                NotificationData.OBJECT_DELETED, folder.folder().fid(), mid));
        return deleted.size() < ids.stream().distinct().count();
    }
}
