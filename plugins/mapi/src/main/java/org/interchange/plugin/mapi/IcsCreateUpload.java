package org.interchange.plugin.mapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadResult;
import org.interchange.mapi.client.write.ImportResult;
import org.interchange.mapi.client.write.ImportedVersion;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.Xid;

/**
 * Uploads an item created offline as RopSynchronizationImportMessageChange ([MS-OXCFXICS] 3.3.5.8.2) with a
 * PidTagSourceKey the client chooses (2.2.1.2.5): an XID in a namespace derived from the account and the pending
 * operation's id, so every attempt to upload the same creation carries the same key and the server, which keeps
 * the key with the message it made, answers a replay after a crash with that message instead of a second one.
 * The change key is a second XID of that namespace; the PCL holds just it. When the server changed the item made
 * by an earlier attempt since (SyncIgnore or SyncConflict), its version wins: the result names its MID and says so,
 * and the next download brings it. When the server deleted it since, the creation is done without an id and the
 * cache lets the local item go (a content edit of it is kept as a conflict copy), as for any deletion on the server.
 */
final class IcsCreateUpload {
    /** The GLOBCNTs of the new message's source key and of its first change key in the operation's namespace. */
    private static final long SOURCE_KEY_COUNTER = 1;
    private static final long CHANGE_KEY_COUNTER = 2;

    private final PendingOperation op;
    private final MapiSessionSource sessions;
    private final String accountId;

    IcsCreateUpload(PendingOperation op, MapiSessionSource sessions, String accountId) {
        this.op = op;
        this.sessions = sessions;
        this.accountId = accountId;
    }

    /** Creates {@code op.item()} in folder {@code folderId}; returns its MID as server id and its version. */
    UploadResult run(long folderId) throws BackendException {
        UUID namespace = UUID.nameUUIDFromBytes(("interchange-create:" + accountId + ":" + op.id())
                .getBytes(StandardCharsets.UTF_8));
        byte[] sourceKey = Xid.ofGlobCnt(namespace, SOURCE_KEY_COUNTER).encode();
        Xid change = Xid.ofGlobCnt(namespace, CHANGE_KEY_COUNTER);
        byte[] pcl = PredecessorChangeList.of(List.of(change)).encode();
        ImportedVersion version = new ImportedVersion(sourceKey, Instant.now(), change.encode(), pcl);
        ImportResult result = MapiCalls.run(sessions, "upload the new item " + op.itemServerId(),
                s -> s.writer().importMessageChange(folderId, version,
                        ItemProperties.spec(op.item(), ItemProperties.ids(s, op.item())), true));
        return switch (result.status()) {
            case SAVED -> new UploadResult(ServerIds.of(result.messageId()),
                    new IcsRevision(change.encode(), pcl, sourceKey).format());
            case IGNORED_OLDER, CONFLICT -> {
                if (result.messageId() == 0) {
                    throw new BackendException("the new item " + op.itemServerId() + " was uploaded before and"
                            + " changed on the server since, which does not say its id", false, null);
                }
                yield UploadResult.serverNewer(ServerIds.of(result.messageId()));
            }
            case DELETED_ON_SERVER -> UploadResult.DONE;
        };
    }
}
