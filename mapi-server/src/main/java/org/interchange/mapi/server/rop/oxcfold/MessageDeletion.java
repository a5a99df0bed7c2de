package org.interchange.mapi.server.rop.oxcfold;

import java.util.List;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;

/** Deletes messages of an open folder for RopDeleteMessages and RopHardDeleteMessages, [MS-OXCFOLD] 3.2.5.5 and 3.2.5.10. */
final class MessageDeletion {
    private MessageDeletion() {
    }

    /** Deletes and returns whether some id named no message of the folder (PartialCompletion). */
    static boolean delete(RopContext context, int handleIndex, List<Long> ids) {
        FolderObject folder = context.object(handleIndex, FolderObject.class);
        List<Long> deleted = context.store().deleteMessages(folder.logon().mailbox(), folder.folder().fid(), ids);
        return deleted.size() < ids.stream().distinct().count();
    }
}
