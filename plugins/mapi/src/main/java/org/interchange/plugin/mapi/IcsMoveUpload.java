package org.interchange.plugin.mapi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadConflictException;
import org.interchange.cache.spi.UploadResult;
import org.interchange.mapi.client.write.ImportResult;
import org.interchange.mapi.client.write.MessageMove;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * Uploads an offline move of a message downloaded with ICS as RopSynchronizationImportMessageMove ([MS-OXCFXICS]
 * 3.3.5.8.9): the message is named by its source key (made from its MID) and keeps its content; the moved message gets a source key
 * the client chooses (an XID in a namespace derived from the account and the pending operation's id, so a replay
 * after a crash names the same move and the server does it once), and the server's MID for it becomes the cache
 * item's id in the target folder without a download. The move sends the PCL of the version the cache holds and a
 * change key of that namespace, which the server adds to the message's PCL; so the moved item's revision is that
 * version with the move's change key, and an edit of it made before the next download is uploaded with conflict
 * detection ({@link IcsEditUpload}): a change the server made to the message meanwhile is outside that PCL.
 */
final class IcsMoveUpload {
    private static final long DESTINATION_KEY_COUNTER = 1;
    private static final long CHANGE_KEY_COUNTER = 2;

    private final PendingOperation op;
    private final MapiSessionSource sessions;
    private final String accountId;

    IcsMoveUpload(PendingOperation op, MapiSessionSource sessions, String accountId) {
        this.op = op;
        this.sessions = sessions;
        this.accountId = accountId;
    }

    /** Moves message {@code messageId} from {@code fromFolderId} to {@code toFolderId}. */
    UploadResult run(long fromFolderId, long messageId, long toFolderId) throws BackendException {
        UUID namespace = UUID.nameUUIDFromBytes(("interchange-move:" + accountId + ":" + op.id())
                .getBytes(StandardCharsets.UTF_8));
        byte[] destination = Xid.ofGlobCnt(namespace, DESTINATION_KEY_COUNTER).encode();
        Xid change = Xid.ofGlobCnt(namespace, CHANGE_KEY_COUNTER);
        Optional<PredecessorChangeList> known = knownPcl();
        byte[] pcl = known.orElse(PredecessorChangeList.of(List.of())).encode();
        ImportResult result = MapiCalls.run(sessions, "upload the move of item " + op.itemServerId(), s -> {
            UUID replica = s.logon().replicaGuid();
            byte[] folderKey = SourceKeys.of(replica, fromFolderId);
            byte[] messageKey = SourceKeys.of(replica, messageId);
            return s.writer().importMessageMove(toFolderId, new MessageMove(folderKey, messageKey, pcl,
                    destination, change.encode()));
        });
        return switch (result.status()) {
            case SAVED -> new UploadResult(ServerIds.of(result.messageId()), known.map(p -> new IcsRevision(
                    change.encode(), p.with(change).encode(), destination).format()).orElse(null));
            case DELETED_ON_SERVER -> throw new UploadConflictException("item " + op.itemServerId()
                    + " is no longer in folder " + op.folderServerId() + " on the server", true);
            case IGNORED_OLDER, CONFLICT -> throw new IllegalStateException("a move is not refused as " + result.status());
        };
    }

    /** The PCL of the version the cache holds of the moved item, when it knows one. */
    private Optional<PredecessorChangeList> knownPcl() {
        if (op.item() == null) {
            return Optional.empty();
        }
        try {
            return IcsRevision.parse(op.item().revision())
                    .map(r -> PredecessorChangeList.decode(r.predecessorChangeList()));
        } catch (MapiCodecException e) {
            return Optional.empty(); // a malformed stored PCL: the move still goes, the next download brings the version
        }
    }
}
