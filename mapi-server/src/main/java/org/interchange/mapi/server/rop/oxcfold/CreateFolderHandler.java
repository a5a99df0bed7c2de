package org.interchange.mapi.server.rop.oxcfold;

import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.codec.rop.RopCreateFolderRequest;
import org.interchange.mapi.codec.rop.RopCreateFolderResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.FolderRecord;
import java.util.Optional;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopCreateFolder, [MS-OXCFOLD] 3.2.5.2: a generic folder below the input folder; a folder of that
 * name that exists is opened when OpenExisting is set and is otherwise a collision
 * (ecDuplicateName). Search folders are not supported.
 */
public final class CreateFolderHandler implements RopHandler<RopCreateFolderRequest> {
    /** FolderType generic, [MS-OXCFOLD] 2.2.1.2.1. */
    private static final int GENERIC = 1;
    /** ecDuplicateName, [MS-OXCDATA] 2.4.1. */
    private static final int DUPLICATE_NAME = 0x80040604;

    @Override
    public RopId ropId() {
        return RopId.CREATE_FOLDER;
    }

    @Override
    public Class<RopCreateFolderRequest> requestType() {
        return RopCreateFolderRequest.class;
    }

    @Override
    public RopResponse handle(RopCreateFolderRequest request, RopContext context) {
        FolderObject parent = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, parent, MemberRights.CREATE_SUBFOLDER);
        if (request.folderType() != GENERIC) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "FolderType " + request.folderType());
        }
        var mailbox = parent.logon().mailbox();
        Optional<FolderRecord> existing = context.store().childFolders(mailbox, parent.folder().fid()).stream()
                .filter(f -> f.displayName().equalsIgnoreCase(request.displayName())).findFirst();
        if (existing.isPresent()) {
            FolderAccess.require(context, parent.logon(), existing.get().fid(), MemberRights.FOLDER_VISIBLE);
            if (!request.openExisting()) {
                throw new RopFailure(DUPLICATE_NAME, "a folder named " + request.displayName() + " exists");
            }
            context.put(request.outputHandleIndex(), new FolderObject(parent.logon(), existing.get()));
            return RopCreateFolderResponse.existing(request.outputHandleIndex(), existing.get().fid(), false);
        }
        FolderRecord created = context.store().createFolder(mailbox, parent.folder().fid(), request.displayName(),
                parent.folder().containerClass());
        context.put(request.outputHandleIndex(), new FolderObject(parent.logon(), created));
        context.notifications().folderEvent(mailbox, NotificationData.OBJECT_CREATED, created.fid(), created.parentFid());
        return new RopCreateFolderResponse(request.outputHandleIndex(), created.fid(), Optional.empty());
    }
}
