package org.interchange.cache.spi;

import java.util.List;
import java.util.Optional;
import org.interchange.cache.api.SyncListener;

/**
 * One account's connection to its server, as the sync engine drives it (K-9's Backend,
 * evolution-data-server's meta-backend). Verbs are keyed by server ids.
 */
public interface Backend extends AutoCloseable {

    /** Reads the server's folder list into {@code storage}. */
    void syncFolders(BackendStorage storage, CancellationToken cancel) throws BackendException;

    /**
     * Tells the backend which cached folders this run will sync, in order, before the first {@link #syncFolder}, so it
     * may start several folders' downloads in one request and need not read the folder list again for each. The
     * default ignores the hint.
     */
    default void willSyncFolders(BackendStorage storage, List<RemoteFolder> folders) {
    }

    /** Brings one folder's items in the cache up to the server's state. */
    void syncFolder(BackendStorage storage, String folderServerId, SyncListener listener, CancellationToken cancel)
            throws BackendException;

    /**
     * The whole item {@code itemServerId} of folder {@code folderServerId} as the server holds it now, bodies and
     * attachments included, for an item synced without them ({@link org.interchange.cache.api.ItemFields#BODY_NOT_DOWNLOADED});
     * empty when the server no longer has it.
     */
    Optional<RemoteItem> fetchItem(BackendStorage storage, String folderServerId, String itemServerId)
            throws BackendException;

    /**
     * Sends one local change to the server. Must be safe to repeat: after a crash the engine sends an
     * operation again that the server may already have taken.
     *
     * @throws UploadConflictException when the item changed or vanished on the server meanwhile
     */
    UploadResult upload(PendingOperation operation) throws BackendException;

    /**
     * Sends several operations of one {@linkplain PendingOperation.Kind#travelsTogether() kind that travels
     * together}, all for items of one folder, in as few requests as the protocol allows ([MS-OXCFXICS] 3.3.4.3.3:
     * one RopSynchronizationImportDeletes or ImportReadStateChanges carries many messages). Either every one is
     * taken (each as {@link UploadResult#DONE}) or the call throws; the engine then learns each operation's own
     * outcome by sending it again with {@link #upload(PendingOperation)}, so the same safety to repeat applies.
     * The default sends them one by one.
     */
    default void uploadTogether(List<PendingOperation> operations) throws BackendException {
        for (PendingOperation operation : operations) {
            upload(operation);
        }
    }

    /**
     * Push ([MS-OXCMAPIHTTP] 2.2.4.4 NotificationWait): blocks, calling {@code changed} each time the server
     * reports a change, until {@code cancel} is cancelled or the backend is closed; the wait is re-armed after
     * network loss. A backend whose server cannot push returns only when cancelled, and the app refreshes on a timer.
     */
    void awaitChanges(Runnable changed, CancellationToken cancel);

    @Override
    void close();
}
