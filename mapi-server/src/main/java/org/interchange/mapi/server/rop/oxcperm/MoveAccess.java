package org.interchange.mapi.server.rop.oxcperm;

import java.util.List;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;

/**
 * The rights RopMoveCopyMessages needs, [MS-OXCFOLD] 3.2.5.6 with [MS-OXCPERM] 2.2.7: ReadAny on the
 * source (and the delete rights there for a move) and Create on the destination. Both folders must
 * be in one mailbox (the store moves within a mailbox only): otherwise ecNotSupported.
 */
public final class MoveAccess {
    private MoveAccess() {
    }

    public static void require(RopContext context, FolderObject source, FolderObject destination, List<Long> mids,
            boolean copy) {
        if (source.logon().mailbox().id() != destination.logon().mailbox().id()) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "messages cannot be moved or copied between mailboxes");
        }
        FolderAccess.require(context, source, MemberRights.READ_ANY);
        if (!copy) {
            FolderAccess.requireDelete(context, source.logon(), source.folder().fid(), mids);
        }
        FolderAccess.require(context, destination, MemberRights.CREATE);
    }
}
