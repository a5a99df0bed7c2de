package org.interchange.mapi.server.rop.oxcnotif;

import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopRegisterNotificationRequest;
import org.interchange.mapi.codec.rop.RopRegisterNotificationResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.LogonObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.SubscriptionObject;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * RopRegisterNotification, [MS-OXCNOTIF] 3.2.5.1: subscribes the session to events of the whole
 * store, a folder or a message; releasing the returned handle ends the subscription.
 */
public final class RegisterNotificationHandler implements RopHandler<RopRegisterNotificationRequest> {

    @Override
    public RopId ropId() {
        return RopId.REGISTER_NOTIFICATION;
    }

    @Override
    public Class<RopRegisterNotificationRequest> requestType() {
        return RopRegisterNotificationRequest.class;
    }

    @Override
    public RopResponse handle(RopRegisterNotificationRequest request, RopContext context) {
        LogonObject logon = context.object(request.inputHandleIndex()).logon();
        FolderAccess.require(context, logon, request.wantWholeStore() ? logon.mailbox().folderId(SpecialFolder.ROOT)
                : request.folderId(), MemberRights.FOLDER_VISIBLE);
        SubscriptionObject subscription = new SubscriptionObject(logon, request.notificationTypes(),
                request.wantWholeStore(), request.folderId(), request.messageId());
        context.put(request.outputHandleIndex(), subscription);
        context.notifications().register(logon.mailbox(), context.table(), context.handleAt(request.outputHandleIndex()),
                subscription);
        return new RopRegisterNotificationResponse(request.outputHandleIndex());
    }
}
