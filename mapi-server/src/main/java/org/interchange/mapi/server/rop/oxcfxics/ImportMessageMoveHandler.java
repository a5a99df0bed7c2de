package org.interchange.mapi.server.rop.oxcfxics;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationImportMessageMoveRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportMessageMoveResponse;
import org.interchange.mapi.server.rop.CollectorObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.ImportAccess;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;

/**
 * RopSynchronizationImportMessageMove, [MS-OXCFXICS] 3.2.5.9.4.4: moves the message named by SourceMessageId out
 * of the folder named by SourceFolderId into the collector's folder, where it is known by the
 * DestinationMessageId source key the client chose (resolved to its MID like any source key afterwards); the
 * response's MessageId is 0 ([MS-OXCROPS] 2.2.13.6.2). A replay finds the message already moved under that key
 * and changes nothing; a message gone from the source folder answers SyncObjectDeleted. The move is recorded in
 * the collector's state. The PredecessorChangeList is not compared: a move is not a content change. The moved
 * message's new version has the ChangeNumber XID as its change key and the message's PCL with that XID as its PCL,
 * so a client that moved the version it knew can upload a later edit of it with conflict detection (3.1.5.6): a
 * change the server made meanwhile stays in the PCL, outside the client's.
 */
public final class ImportMessageMoveHandler implements RopHandler<RopSynchronizationImportMessageMoveRequest> {

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_MESSAGE_MOVE;
    }

    @Override
    public Class<RopSynchronizationImportMessageMoveRequest> requestType() {
        return RopSynchronizationImportMessageMoveRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationImportMessageMoveRequest request, RopContext context) {
        CollectorObject collector = context.object(request.inputHandleIndex(), CollectorObject.class);
        if (!collector.contents()) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "a hierarchy collector imports no message moves");
        }
        Mailbox mailbox = collector.logon().mailbox();
        long toFid = collector.folder().fid();
        byte[] destinationKey = request.destinationMessageId();
        Optional<MessageRecord> already = SourceKeys.resolve(context.store(), mailbox, destinationKey)
                .flatMap(mid -> context.store().message(mailbox, mid)).filter(m -> m.fid() == toFid);
        if (already.isPresent()) {
            return new RopSynchronizationImportMessageMoveResponse(request.inputHandleIndex(), 0);
        }
        if (SourceKeys.localId(mailbox, destinationKey).isPresent()) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "DestinationMessageId names an id of this mailbox"
                    + " that is no message of the destination folder");
        }
        long fromFid = SourceKeys.localId(mailbox, request.sourceFolderId()).orElseThrow(() -> new RopFailure(
                RopErrors.NOT_FOUND, "SourceFolderId is no folder of this mailbox"));
        long mid = SourceKeys.resolve(context.store(), mailbox, request.sourceMessageId()).orElseThrow(
                () -> new RopFailure(SyncImportErrors.OBJECT_DELETED, "SourceMessageId names no message here"));
        FolderAccess.requireDelete(context, collector.logon(), fromFid, List.of(mid));
        ImportAccess.requireChange(context, collector, null);
        long moved = context.store().moveMessageWithSourceKey(mailbox, fromFid, mid, toFid, destinationKey,
                changeKey(request.changeNumber()));
        if (moved == 0) {
            throw new RopFailure(SyncImportErrors.OBJECT_DELETED, "message 0x" + Long.toHexString(mid)
                    + " is no longer in folder 0x" + Long.toHexString(fromFid));
        }
        MessageRecord record = context.store().message(mailbox, moved).orElseThrow();
        context.notifications().messageEvent(mailbox, NotificationData.OBJECT_DELETED, fromFid, mid);
        context.notifications().messageEvent(mailbox, NotificationData.OBJECT_CREATED, toFid, moved);
        collector.state().recordChange(mailbox.replicaGuid(), moved, record.changeNumber(), record.state().associated());
        return new RopSynchronizationImportMessageMoveResponse(request.inputHandleIndex(), 0);
    }

    /** The ChangeNumber field as the moved version's change key: an XID ([MS-OXCFXICS] 2.2.2.2), else refused. */
    private static byte[] changeKey(byte[] changeNumber) {
        try {
            Xid.decode(changeNumber);
            return changeNumber;
        } catch (MapiCodecException e) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "ChangeNumber is no XID: " + e.getMessage());
        }
    }
}
