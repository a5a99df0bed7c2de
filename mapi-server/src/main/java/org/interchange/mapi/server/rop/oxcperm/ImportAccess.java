package org.interchange.mapi.server.rop.oxcperm;

import java.util.List;
import org.interchange.mapi.server.rop.CollectorObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.store.MessageRecord;

/**
 * The rights an ICS upload needs, [MS-OXCFXICS] 3.2.5.9.4 with [MS-OXCPERM] 2.2.7: a new message
 * Create, a changed one the edit rights, deleted messages the delete rights and deleted folders
 * FolderOwner on the synchronized folder.
 */
public final class ImportAccess {
    private ImportAccess() {
    }

    /** RopSynchronizationImportMessageChange of {@code existing} (null: a new message). */
    public static void requireChange(RopContext context, CollectorObject collector, MessageRecord existing) {
        long fid = collector.folder().fid();
        if (existing == null) {
            FolderAccess.require(context, collector.logon(), fid, MemberRights.CREATE);
        } else {
            FolderAccess.requireEdit(context, collector.logon(), fid, List.of(existing.mid()));
        }
    }

    /** RopSynchronizationImportDeletes of these messages, or folders when {@code hierarchy}. */
    public static void requireDeletes(RopContext context, CollectorObject collector, List<Long> ids,
            boolean hierarchy) {
        long fid = collector.folder().fid();
        if (hierarchy) {
            FolderAccess.require(context, collector.logon(), fid, MemberRights.FOLDER_OWNER);
        } else {
            FolderAccess.requireDelete(context, collector.logon(), fid, ids);
        }
    }
}
