package org.interchange.plugin.mapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.UploadResult;
import org.interchange.mapi.client.FolderInfo;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.ics.IcsBatch;
import org.interchange.mapi.client.ics.IcsDownload;
import org.interchange.mapi.client.ics.IcsDownloadOptions;
import org.interchange.mapi.client.ics.IcsEvent;
import org.interchange.mapi.client.write.FolderChange;
import org.interchange.mapi.client.write.ImportResult;
import org.interchange.mapi.codec.fxics.PredecessorChangeList;
import org.interchange.mapi.codec.fxics.StreamProperties;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * Uploads a folder made or renamed offline as RopSynchronizationImportHierarchyChange ([MS-OXCFXICS]
 * 2.2.3.2.4.3) on a hierarchy collector of its parent. A new folder gets a source key and change key the client
 * chooses (XIDs in a namespace derived from the account and the pending operation's id, so a replay after a crash
 * names the same folder and the server makes it once) and its parent's container class; its FID becomes the cache
 * folder's server id. A rename carries the folder's server PCL (read by an ICS download of the parent's
 * hierarchy) with the rename's own change key added, so the server takes it as the newer version; when the server
 * ignores it (a replay), refuses it (renamed there meanwhile) or no longer has the folder, the server's state
 * stands and the next folder list shows it.
 */
final class IcsFolderUpload {
    private static final byte[] THE_COLLECTORS_FOLDER = new byte[0];

    private final PendingOperation op;
    private final MapiSessionSource sessions;
    private final String accountId;

    IcsFolderUpload(PendingOperation op, MapiSessionSource sessions, String accountId) {
        this.op = op;
        this.sessions = sessions;
        this.accountId = accountId;
    }

    UploadResult run() throws BackendException {
        long folderId;
        try {
            folderId = ServerIds.parse(op.folderServerId());
        } catch (IllegalArgumentException e) {
            throw new BackendException("cannot upload " + op.kind() + ": " + e.getMessage(), false, e);
        }
        return switch (op.kind()) {
            case CREATE_FOLDER -> create(folderId);
            case RENAME_FOLDER -> rename(folderId);
            default -> throw new IllegalArgumentException(op.kind() + " changes no folder");
        };
    }

    /** Makes the folder {@code op.value()} under {@code parentId}; returns its FID as server id. */
    private UploadResult create(long parentId) throws BackendException {
        UUID namespace = namespace("interchange-folder-create");
        byte[] sourceKey = Xid.ofGlobCnt(namespace, 1).encode();
        Xid change = Xid.ofGlobCnt(namespace, 2);
        byte[] pcl = PredecessorChangeList.of(List.of(change)).encode();
        ImportResult result = MapiCalls.run(sessions, "create the folder " + op.value(), s -> {
            String containerClass = info(s, parentId).containerClass();
            return s.writer().importFolderChange(parentId, new FolderChange(THE_COLLECTORS_FOLDER, sourceKey,
                    Instant.now(), change.encode(), pcl, op.value(), containerClass));
        });
        return result.status() == ImportResult.Status.DELETED_ON_SERVER || result.messageId() == 0 ? UploadResult.DONE
                : new UploadResult(ServerIds.of(result.messageId()), null);
    }

    /** Renames folder {@code folderId} to {@code op.value()}. */
    private UploadResult rename(long folderId) throws BackendException {
        Xid change = Xid.ofGlobCnt(namespace("interchange-folder-rename"), 1);
        MapiCalls.run(sessions, "rename the folder " + op.folderServerId(), s -> {
            long parentId = info(s, folderId).parentFolderId();
            byte[] serverPcl = serverPcl(s, parentId, folderId);
            if (serverPcl == null) {
                return null;
            }
            byte[] pcl = PredecessorChangeList.decode(serverPcl).with(change).encode();
            return s.writer().importFolderChange(parentId, new FolderChange(THE_COLLECTORS_FOLDER,
                    SourceKeys.of(s.logon().replicaGuid(), folderId), Instant.now(), change.encode(), pcl, op.value(),
                    null));
        });
        return UploadResult.DONE;
    }

    private static FolderInfo info(MapiSession session, long folderId) {
        return session.folderHierarchy().stream().filter(f -> f.folderId() == folderId).findFirst()
                .orElseThrow(() -> new IllegalStateException("the server lists no folder 0x"
                        + Long.toHexString(folderId)));
    }

    /** The PidTagPredecessorChangeList of folder {@code folderId} as the parent's hierarchy download has it. */
    private static byte[] serverPcl(MapiSession session, long parentId, long folderId) {
        try (IcsDownload download = session.downloadHierarchy(parentId, new byte[0], IcsDownloadOptions.defaults())) {
            while (download.hasNext()) {
                IcsBatch batch = download.next();
                for (IcsEvent event : batch.events()) {
                    if (event instanceof IcsEvent.FolderChanged(var folder) && folder.folderId() == folderId) {
                        return folder.properties().get(StreamProperties.PREDECESSOR_CHANGE_LIST)
                                .map(PropertyValue::value).filter(byte[].class::isInstance).map(byte[].class::cast)
                                .orElse(null);
                    }
                }
            }
        }
        return null;
    }

    private UUID namespace(String what) {
        return UUID.nameUUIDFromBytes((what + ":" + accountId + ":" + op.id()).getBytes(StandardCharsets.UTF_8));
    }
}
