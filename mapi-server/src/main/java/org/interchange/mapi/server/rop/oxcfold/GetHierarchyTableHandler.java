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
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

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
        FolderAccess.require(context, folder, MemberRights.FOLDER_VISIBLE);
        List<PropertySource> rows = new ArrayList<>();
        collect(context, folder.logon(), folder.folder().fid(), 0, (request.tableFlags() & DEPTH) != 0, rows);
        context.put(request.outputHandleIndex(), new TableObject(folder.logon(), rows));
        return new RopGetHierarchyTableResponse(request.outputHandleIndex(), rows.size());
    }

    /** The subfolders the user may see; a folder hidden from them hides its subfolders too. */
    private static void collect(RopContext context, LogonObject logon, long parent, int depth, boolean deep,
            List<PropertySource> rows) {
        Mailbox mailbox = logon.mailbox();
        for (FolderRecord child : FolderAccess.visible(context, logon, context.store().childFolders(mailbox, parent))) {
            rows.add(ObjectProperties.folder(context.store(), mailbox, child, depth));
            if (deep && depth < MAX_DEPTH) {
                collect(context, logon, child.fid(), depth + 1, true, rows);
            }
        }
    }
}
