package org.interchange.mapi.server.rop.oxcmsg;

import java.util.Map;
import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSetReadFlagsRequest;
import org.interchange.mapi.codec.rop.RopSetReadFlagsResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopSetReadFlags, [MS-OXCMSG] 2.2.3.10 and 3.2.5.8: sets or clears mfRead on messages of the input
 * folder; ids that name no message of that folder set PartialCompletion.
 */
public final class SetReadFlagsHandler implements RopHandler<RopSetReadFlagsRequest> {
    /** rfClearReadFlag, [MS-OXCMSG] 2.2.3.10.1. */
    public static final int CLEAR_READ_FLAG = 0x04;
    /** rfGenerateReceiptOnly, rfClearNotifyRead and rfClearNotifyUnread leave mfRead alone, [MS-OXCMSG] 2.2.3.10.1. */
    private static final int LEAVES_READ_BIT = 0x10 | 0x20 | 0x40;

    @Override
    public RopId ropId() {
        return RopId.SET_READ_FLAGS;
    }

    @Override
    public Class<RopSetReadFlagsRequest> requestType() {
        return RopSetReadFlagsRequest.class;
    }

    @Override
    public RopResponse handle(RopSetReadFlagsRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, folder, MemberRights.READ_ANY);
        Mailbox mailbox = folder.logon().mailbox();
        boolean changesReadBit = (request.readFlags() & CLEAR_READ_FLAG) != 0
                || (request.readFlags() & LEAVES_READ_BIT) == 0;
        boolean read = (request.readFlags() & CLEAR_READ_FLAG) == 0;
        boolean partial = false;
        // one read of the light table-row bags tells which of the messages are in the folder
        Map<Long, MessageRecord> found = context.store().tableRowsByMid(mailbox, request.messageIds());
        for (long mid : request.messageIds()) {
            boolean inFolder = found.containsKey(mid) && found.get(mid).fid() == folder.folder().fid();
            if (!inFolder) {
                partial = true;
            } else if (changesReadBit) {
                context.store().setRead(mailbox, mid, read);
                context.notifications().messageEvent(mailbox, NotificationData.OBJECT_MODIFIED, folder.folder().fid(), mid);
            }
        }
        return new RopSetReadFlagsResponse(request.inputHandleIndex(), RopErrors.SUCCESS, partial);
    }
}
