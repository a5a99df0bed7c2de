package org.interchange.cache.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.CommitGroup;
import org.interchange.cache.spi.PendingOperationLog;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.SyncCursorRejectedException;
import org.interchange.cache.sync.SyncResult.Outcome;

/**
 * One refresh of one account, in evolution-data-server's meta-backend order (ARCHITECTURE.md, "How data
 * flows"): upload pending local changes, sync the folder list, then sync each folder, Inbox and mail first.
 * A folder whose cursor the server refuses is emptied and synced from scratch. Runs on the caller's thread;
 * a failing folder does not stop the others, an unreachable server or the cancellation token stops the run.
 * The guarantees (no duplicates, no losses) come from the cache: each batch commits its items with the
 * cursor that covers them, and local edits stay pending until the server took them.
 */
public final class SyncEngine {

    private final String accountId;
    private final BackendStorage storage;
    private final PendingUploader uploader;
    private final Backend backend;

    /** An engine for an account of an {@link H2CacheStore}. */
    public SyncEngine(H2CacheStore store, String accountId, Backend backend) {
        this(store.storage(accountId), store.pendingOperations(accountId), backend);
    }

    public SyncEngine(BackendStorage storage, PendingOperationLog pendingOperations, Backend backend) {
        this.accountId = storage.accountId();
        this.storage = storage;
        this.uploader = new PendingUploader(pendingOperations, backend);
        this.backend = backend;
    }

    /** Runs the sync, reporting to {@code listener}; always ends with {@link SyncListener#syncFinished}. */
    public SyncResult run(SyncListener listener, CancellationToken cancel) {
        listener.syncStarted(accountId);
        PendingUploader.Uploads uploads = PendingUploader.Uploads.NONE;
        List<String> failedFolders = new ArrayList<>();
        Outcome outcome;
        Exception error;
        try {
            uploads = uploader.upload(cancel);
            cancel.throwIfCancelled();
            Exception listError = syncFolderList(cancel);
            Exception folderError = syncFolders(listener, cancel, failedFolders);
            error = firstOf(uploads.firstError(), listError, folderError);
            outcome = error == null ? Outcome.COMPLETED : Outcome.COMPLETED_WITH_ERRORS;
        } catch (BackendException e) {
            outcome = Outcome.OFFLINE;
            error = e;
        } catch (CancellationException e) {
            outcome = Outcome.CANCELLED;
            error = e;
        } catch (RuntimeException e) {
            outcome = Outcome.FAILED;
            error = e;
        }
        listener.syncFinished(accountId, error);
        return new SyncResult(outcome, uploads.uploaded(), uploads.failed(), uploads.conflicts(), failedFolders);
    }

    /** Syncs the folder list; returns its failure, or null. Throws only when offline. */
    private Exception syncFolderList(CancellationToken cancel) throws BackendException {
        try {
            backend.syncFolders(storage, cancel);
            return null;
        } catch (BackendException e) {
            if (e.offline()) {
                throw e;
            }
            return e;
        }
    }

    /** Syncs every cached folder in {@link FolderOrder}; returns the first failure, or null. */
    private Exception syncFolders(SyncListener listener, CancellationToken cancel, List<String> failed)
            throws BackendException {
        Exception first = null;
        List<RemoteFolder> folders = FolderOrder.sort(storage.folders());
        backend.willSyncFolders(storage, folders);
        try (CommitGroup commits = storage.groupCommits()) {
            for (RemoteFolder folder : folders) {
                first = firstOf(first, syncListedFolder(folder, listener, cancel, failed));
            }
        }
        return first;
    }

    /** Syncs one folder of the run, telling the listener; returns its failure, or null. Throws only when offline. */
    private Exception syncListedFolder(RemoteFolder folder, SyncListener listener, CancellationToken cancel,
                                       List<String> failed) throws BackendException {
        cancel.throwIfCancelled();
        listener.folderStarted(folder.serverId(), folder.displayName(), -1);
        Exception error;
        try {
            syncFolder(folder.serverId(), listener, cancel);
            listener.folderFinished(folder.serverId());
            return null;
        } catch (BackendException e) {
            listener.folderFailed(folder.serverId(), e);
            if (e.offline()) {
                throw e;
            }
            error = e;
        } catch (RuntimeException e) {
            if (e instanceof CancellationException) {
                throw e;
            }
            listener.folderFailed(folder.serverId(), e);
            error = e;
        }
        failed.add(folder.serverId());
        return error;
    }

    /** Syncs one folder; when the server refuses its cursor, empties the folder and syncs it from scratch once. */
    private void syncFolder(String folderServerId, SyncListener listener, CancellationToken cancel)
            throws BackendException {
        try {
            backend.syncFolder(storage, folderServerId, listener, cancel);
        } catch (SyncCursorRejectedException rejected) {
            storage.folder(folderServerId).reset();
            backend.syncFolder(storage, folderServerId, listener, cancel);
        }
    }

    private static Exception firstOf(Exception... errors) {
        for (Exception e : errors) {
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}
