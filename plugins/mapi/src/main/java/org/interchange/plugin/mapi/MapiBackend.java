package org.interchange.plugin.mapi;

import java.util.List;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.UploadResult;
import org.interchange.mapi.client.ics.IcsDownload;

/** A MAPI mailbox as a cache backend: a thin facade over one class per verb. */
final class MapiBackend implements Backend {
    private final AccountSettings settings;
    private final MapiSessionSource sessions;
    private final PreparedDownloads prepared = new PreparedDownloads();
    private final GlobalAddressListSync addressList;

    MapiBackend(AccountSettings settings, MapiSessionSource sessions) {
        this.settings = settings;
        this.sessions = sessions;
        this.addressList = new GlobalAddressListSync(settings);
    }

    @Override
    public void syncFolders(BackendStorage storage, CancellationToken cancel) throws BackendException {
        List<RemoteFolder> folders = MapiCalls.run(sessions, "list the folders of " + settings.userName(),
                session -> new FolderListSync(session).read());
        cancel.throwIfCancelled();
        storage.replaceFolders(folders);
        addressList.refreshIfDue(storage, cancel);
    }

    @Override
    public void syncFolder(BackendStorage storage, String folderServerId, SyncListener listener,
                           CancellationToken cancel) throws BackendException {
        RemoteFolder folder = storage.folders().stream().filter(f -> f.serverId().equals(folderServerId))
                .findFirst().orElseThrow(() -> new BackendException("unknown folder " + folderServerId, false, null));
        MapiCalls.run(sessions, "sync folder " + folder.displayName(), session -> {
            IcsDownload download = prepared.take(session, storage, folderServerId, FolderContentsSync.OPTIONS);
            new FolderContentsSync(download, folder, storage.folder(folderServerId), listener, cancel).run();
            return null;
        });
    }

    /** Folders are started {@link PreparedDownloads#WINDOW} at a time, in the engine's order. */
    @Override
    public void willSyncFolders(BackendStorage storage, List<String> folderServerIds) {
        prepared.plan(folderServerIds);
    }

    @Override
    public UploadResult upload(PendingOperation operation) throws BackendException {
        return new PendingUploads(sessions, settings.accountId()).one(operation);
    }

    @Override
    public void uploadTogether(List<PendingOperation> operations) throws BackendException {
        new PendingUploads(sessions, settings.accountId()).together(operations);
    }

    @Override
    public void awaitChanges(Runnable changed, CancellationToken cancel) {
        new PushWait(sessions).run(changed, cancel);
    }

    @Override
    public void close() {
        prepared.closeAll();
        sessions.close();
    }
}
