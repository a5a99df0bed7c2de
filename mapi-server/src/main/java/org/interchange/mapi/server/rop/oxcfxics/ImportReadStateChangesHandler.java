package org.interchange.mapi.server.rop.oxcfxics;

import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.codec.rop.MessageReadState;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationImportReadStateChangesRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportReadStateChangesResponse;
import org.interchange.mapi.server.rop.CollectorObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;

/**
 * RopSynchronizationImportReadStateChanges, [MS-OXCFXICS] 3.2.5.9.4.6: sets the read state of the
 * messages (by source key) of the collector's folder; FAI messages and unknown keys are skipped.
 * Each change's number joins the collector's CnsetRead.
 */
public final class ImportReadStateChangesHandler
        implements RopHandler<RopSynchronizationImportReadStateChangesRequest> {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_READ_STATE_CHANGES;
    }

    @Override
    public Class<RopSynchronizationImportReadStateChangesRequest> requestType() {
        return RopSynchronizationImportReadStateChangesRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationImportReadStateChangesRequest request, RopContext context) {
        CollectorObject collector = context.object(request.inputHandleIndex(), CollectorObject.class);
        FolderAccess.require(context, collector.logon(), collector.folder().fid(), MemberRights.READ_ANY);
        Mailbox mailbox = collector.logon().mailbox();
        for (MessageReadState change : request.messageReadStates()) {
            SourceKeys.resolve(context.store(), mailbox, change.messageId())
                    .flatMap(mid -> context.store().message(mailbox, mid))
                    .filter(m -> m.fid() == collector.folder().fid() && !m.state().associated())
                    .ifPresent(m -> {
                        context.store().setRead(mailbox, m.mid(), change.markAsRead());
                        context.notifications().messageEvent(mailbox, NotificationData.OBJECT_MODIFIED, m.fid(), m.mid());
                        context.store().message(mailbox, m.mid()).ifPresent(after -> collector.state()
                                .recordReadChange(mailbox.replicaGuid(), after.state().readChangeNumber()));
                    });
        }
        return new RopSynchronizationImportReadStateChangesResponse(request.inputHandleIndex());
    }
}
