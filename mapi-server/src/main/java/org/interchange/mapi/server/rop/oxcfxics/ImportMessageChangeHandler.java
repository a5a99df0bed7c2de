package org.interchange.mapi.server.rop.oxcfxics;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.StreamProperties;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationImportMessageChangeRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationImportMessageChangeResponse;
import org.interchange.mapi.server.rop.CollectorObject;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.store.ChangeVersion;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.ImportAccess;

/**
 * RopSynchronizationImportMessageChange, [MS-OXCFXICS] 3.2.5.9.4.2 with the conflict detection of
 * 3.1.5.6: a source key of this mailbox, or one a client chose for a message it created here before,
 * names the message to replace (gone: SyncObjectDeleted); any other key makes a new message, stored
 * with that key so a replayed creation finds it. When the server's PCL includes the client's, the
 * change is older and answers SyncIgnore, except that the replay of a client's creation with the
 * same PCL is taken again (so the client learns the MID); when neither includes the other it is a conflict, refused with
 * SyncConflict under FailOnConflict and otherwise accepted with both PCLs merged. The message comes
 * back empty; RopSaveChangesMessage stores it with the client's change key.
 */
public final class ImportMessageChangeHandler implements RopHandler<RopSynchronizationImportMessageChangeRequest> {
    /** ImportFlag Associated, [MS-OXCFXICS] 2.2.3.2.4.2.1. */
    static final int ASSOCIATED = 0x10;
    /** ImportFlag FailOnConflict. */
    static final int FAIL_ON_CONFLICT = 0x40;

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_MESSAGE_CHANGE;
    }

    @Override
    public Class<RopSynchronizationImportMessageChangeRequest> requestType() {
        return RopSynchronizationImportMessageChangeRequest.class;
    }

    @Override
    public RopResponse handle(RopSynchronizationImportMessageChangeRequest request, RopContext context) {
        CollectorObject collector = context.object(request.inputHandleIndex(), CollectorObject.class);
        if (!collector.contents()) {
            throw new RopFailure(RopErrors.NOT_SUPPORTED, "a hierarchy collector imports no messages");
        }
        if ((request.importFlag() & ~(ASSOCIATED | FAIL_ON_CONFLICT)) != 0) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "unknown ImportFlag bits 0x"
                    + Integer.toHexString(request.importFlag()));
        }
        List<PropertyValue> values = request.propertyValues();
        byte[] sourceKey = binary(values, StreamProperties.SOURCE_KEY);
        byte[] changeKey = binary(values, StreamProperties.CHANGE_KEY);
        PredecessorChangeList clientPcl = pcl(binary(values, StreamProperties.PREDECESSOR_CHANGE_LIST));
        Mailbox mailbox = collector.logon().mailbox();
        long fid = collector.folder().fid();
        Optional<Long> serverKeyed = SourceKeys.localId(mailbox, sourceKey);
        Optional<Long> clientKeyed = serverKeyed.isPresent() ? Optional.empty()
                : context.store().messageIdForSourceKey(mailbox, sourceKey);
        Optional<Long> mid = serverKeyed.or(() -> clientKeyed);
        MessageRecord existing = null;
        if (mid.isPresent()) {
            existing = context.store().message(mailbox, mid.get()).filter(m -> m.fid() == fid)
                    .orElseThrow(() -> new RopFailure(SyncImportErrors.OBJECT_DELETED, "message 0x"
                            + Long.toHexString(mid.get()) + " is no longer in folder 0x" + Long.toHexString(fid)));
        }
        PredecessorChangeList resulting = clientPcl;
        if (existing != null) {
            PredecessorChangeList serverPcl = PredecessorChangeList.decode(
                    existing.state().version().predecessorChangeList());
            switch (serverPcl.compare(clientPcl)) {
                case SAME -> {
                    if (clientKeyed.isEmpty()) {
                        throw new RopFailure(SyncImportErrors.IGNORE, "the server's version is as new");
                    }
                }
                case NEWER -> throw new RopFailure(SyncImportErrors.IGNORE, "the server's version is newer");
                case CONFLICT -> {
                    if ((request.importFlag() & FAIL_ON_CONFLICT) != 0) {
                        throw new RopFailure(SyncImportErrors.CONFLICT, "the versions conflict");
                    }
                    resulting = clientPcl.merge(serverPcl);
                }
                case OLDER -> { }
            }
        }
        ImportAccess.requireChange(context, collector, existing);
        boolean associated = existing != null ? existing.state().associated() : (request.importFlag() & ASSOCIATED) != 0;
        MessageObject.ImportStamp stamp = new MessageObject.ImportStamp(collector,
                new ChangeVersion(changeKey, resulting.encode()), mid.isEmpty() ? sourceKey : null);
        context.put(request.outputHandleIndex(),
                MessageObject.imported(collector.logon(), fid, existing, associated, stamp));
        return new RopSynchronizationImportMessageChangeResponse(request.outputHandleIndex(), 0);
    }

    private static byte[] binary(List<PropertyValue> values, PropertyTag tag) {
        return values.stream().filter(v -> v.tag().id() == tag.id() && v.value() instanceof byte[])
                .map(v -> (byte[]) v.value()).findFirst()
                .orElseThrow(() -> new RopFailure(RopErrors.INVALID_PARAMETER, "the import lacks " + tag));
    }

    private static PredecessorChangeList pcl(byte[] bytes) {
        try {
            return PredecessorChangeList.decode(bytes);
        } catch (MapiCodecException e) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "malformed PidTagPredecessorChangeList: " + e.getMessage());
        }
    }
}
