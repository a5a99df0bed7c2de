package org.interchange.plugin.mapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadConflictException;
import org.interchange.cache.spi.UploadResult;
import org.interchange.mapi.client.write.ImportResult;
import org.interchange.mapi.client.write.ImportedVersion;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Uploads an offline content edit as RopSynchronizationImportMessageChange with FailOnConflict ([MS-OXCFXICS]
 * 3.3.5.8.2 and 3.1.5.6 conflict detection), so the server decides whether its version moved on meanwhile. The
 * edit's change key is an XID in a namespace of its own, derived from the account and the pending operation's id
 * (LocalId 1), and its PCL is the downloaded version's PCL with that XID added: the server takes it when its PCL
 * is included (OLDER), answers a replay of the same operation with SyncIgnore (SAME, so a repeat after a crash
 * changes nothing), and refuses it with SyncConflict when the server's version changed too; the engine then
 * keeps the local version as a conflict copy. The message is named by the source key of its current MID in its
 * current folder, so an edit of a message moved offline goes to where the move put it, made on the version the
 * move produced ({@link IcsMoveUpload}). When the cache knows no version (an item of an older cache, or moved before
 * it knew one) the PCL holds just the edit and conflicts are not failed on: the server merges the PCLs and the edit wins. The
 * message uploaded is the server's current version with the edited parts written over it ({@link EditMerge}), so
 * nothing the cache does not hold is lost.
 */
final class IcsEditUpload {
    private final PendingOperation op;
    private final MapiSessionSource sessions;
    private final String accountId;

    IcsEditUpload(PendingOperation op, MapiSessionSource sessions, String accountId) {
        this.op = op;
        this.sessions = sessions;
        this.accountId = accountId;
    }

    /**
     * Uploads the edit of {@code op.item()}, message {@code messageId} of folder {@code folderId}, made on
     * {@code base} (empty: an unknown version); returns the item's new revision.
     */
    UploadResult run(long folderId, long messageId, Optional<IcsRevision> base) throws BackendException {
        Xid change = Xid.ofGlobCnt(namespace(), 1);
        PredecessorChangeList pcl;
        try {
            pcl = base.isEmpty() ? PredecessorChangeList.of(List.of(change))
                    : PredecessorChangeList.decode(base.get().predecessorChangeList()).with(change);
        } catch (MapiCodecException e) {
            throw new BackendException("cannot upload the edit of item " + op.itemServerId()
                    + ": its stored PidTagPredecessorChangeList is malformed (" + e.getMessage() + ")", false, e);
        }
        byte[][] sourceKey = new byte[1][];
        ImportResult result = MapiCalls.run(sessions, "upload the edit of item " + op.itemServerId(), s -> {
            sourceKey[0] = SourceKeys.of(s.logon().replicaGuid(), messageId);
            ImportedVersion version = new ImportedVersion(sourceKey[0], Instant.now(), change.encode(), pcl.encode());
            MessageSpec spec = EditMerge.of(s, op.item(), folderId, messageId);
            return s.writer().importMessageChange(folderId, version, spec, base.isPresent());
        });
        return switch (result.status()) {
            case SAVED -> new UploadResult(null, base.isEmpty() ? null
                    : new IcsRevision(change.encode(), pcl.encode(), sourceKey[0]).format());
            case IGNORED_OLDER -> UploadResult.DONE;
            case CONFLICT -> throw new UploadConflictException("item " + op.itemServerId()
                    + " was changed on the server too", false);
            case DELETED_ON_SERVER -> throw new UploadConflictException("item " + op.itemServerId()
                    + " is no longer in folder " + op.folderServerId() + " on the server", true);
        };
    }

    /** The namespace of this operation's change key: the same for every attempt to upload it. */
    private UUID namespace() {
        return UUID.nameUUIDFromBytes(("interchange-edit:" + accountId + ":" + op.id())
                .getBytes(StandardCharsets.UTF_8));
    }
}
