package org.interchange.mapi.server.rop.oxcfold;

import org.interchange.mapi.codec.rop.NotificationData;
import java.util.List;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopMoveCopyMessagesRequest;
import org.interchange.mapi.codec.rop.RopMoveCopyMessagesResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MoveAccess;

/**
 * RopMoveCopyMessages, [MS-OXCFOLD] 3.2.5.6: moves or copies messages of the source folder into the
 * destination folder (each arrives under a new MID); missing ids set PartialCompletion, a missing
 * destination answers ecDstNullObject with its handle index.
 */
public final class MoveCopyMessagesHandler implements RopHandler<RopMoveCopyMessagesRequest> {

    @Override
    public RopId ropId() {
        return RopId.MOVE_COPY_MESSAGES;
    }

    @Override
    public Class<RopMoveCopyMessagesRequest> requestType() {
        return RopMoveCopyMessagesRequest.class;
    }

    @Override
    public RopResponse handle(RopMoveCopyMessagesRequest request, RopContext context) {
        FolderObject source = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderObject destination;
        try {
            destination = context.object(request.destHandleIndex(), FolderObject.class);
        } catch (RopFailure e) {
            return new RopMoveCopyMessagesResponse(request.inputHandleIndex(),
                    RopMoveCopyMessagesResponse.EC_DST_NULL_OBJECT, request.destHandleIndex(), false);
        }
        MoveAccess.require(context, source, destination, request.messageIds(), request.wantCopy());
        List<Long> created = context.store().moveMessages(source.logon().mailbox(), source.folder().fid(),
                request.messageIds(), destination.folder().fid(), request.wantCopy());
        boolean partial = created.contains(0L);
        for (int i = 0; i < created.size(); i++) {
            if (created.get(i) != 0) {
                context.notifications().messageEvent(source.logon().mailbox(), NotificationData.OBJECT_CREATED,
                        destination.folder().fid(), created.get(i));
                if (!request.wantCopy()) {
                    context.notifications().messageEvent(source.logon().mailbox(), NotificationData.OBJECT_DELETED,
                            source.folder().fid(), request.messageIds().get(i));
                }
            }
        }
        return new RopMoveCopyMessagesResponse(request.inputHandleIndex(), RopErrors.SUCCESS, 0, partial);
    }
}
