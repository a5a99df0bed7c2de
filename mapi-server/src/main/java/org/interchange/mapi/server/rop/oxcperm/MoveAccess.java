package org.interchange.mapi.server.rop.oxcperm;

import java.util.List;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;

/**
 * The rights RopMoveCopyMessages needs, [MS-OXCFOLD] 3.2.5.6 with [MS-OXCPERM] 2.2.7: ReadAny on the
 * source (and the delete rights there for a move) and Create on the destination.
 */
public final class MoveAccess {
    private MoveAccess() {
    }

    public static void require(RopContext context, FolderObject source, FolderObject destination, List<Long> mids,
            boolean copy) {
        FolderAccess.require(context, source, MemberRights.READ_ANY);
        if (!copy) {
            FolderAccess.requireDelete(context, source.logon(), source.folder().fid(), mids);
        }
        FolderAccess.require(context, destination, MemberRights.CREATE);
    }
}
