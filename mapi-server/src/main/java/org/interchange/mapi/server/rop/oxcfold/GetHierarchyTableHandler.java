package org.interchange.mapi.server.rop.oxcfold;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.rop.RopGetHierarchyTableRequest;
import org.interchange.mapi.codec.rop.RopGetHierarchyTableResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.ObjectProperties;
import org.interchange.mapi.server.rop.PropertySource;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.TableObject;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;

/**
 * RopGetHierarchyTable, [MS-OXCFOLD] 3.2.5.13: the subfolders of a folder, or with the Depth flag
 * all descendants depth-first, each row carrying PidTagDepth (0 for direct children).
 */
public final class GetHierarchyTableHandler implements RopHandler<RopGetHierarchyTableRequest> {
    /** TableFlags Depth, [MS-OXCROPS] 2.2.4.13.1. */
    public static final int DEPTH = 0x04;
    private static final int MAX_DEPTH = 64;

    @Override
    public RopId ropId() {
        return RopId.GET_HIERARCHY_TABLE;
    }

    @Override
    public Class<RopGetHierarchyTableRequest> requestType() {
        return RopGetHierarchyTableRequest.class;
    }

    @Override
    public RopResponse handle(RopGetHierarchyTableRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        Mailbox mailbox = folder.logon().mailbox();
        List<PropertySource> rows = new ArrayList<>();
        collect(context.store(), mailbox, folder.folder().fid(), 0, (request.tableFlags() & DEPTH) != 0, rows);
        context.put(request.outputHandleIndex(), new TableObject(folder.logon(), rows));
        return new RopGetHierarchyTableResponse(request.outputHandleIndex(), rows.size());
    }

    private static void collect(MailboxStore store, Mailbox mailbox, long parent, int depth, boolean deep,
            List<PropertySource> rows) {
        for (FolderRecord child : store.childFolders(mailbox, parent)) {
            rows.add(ObjectProperties.folder(store, mailbox, child, depth));
            if (deep && depth < MAX_DEPTH) {
                collect(store, mailbox, child.fid(), depth + 1, true, rows);
            }
        }
    }
}
