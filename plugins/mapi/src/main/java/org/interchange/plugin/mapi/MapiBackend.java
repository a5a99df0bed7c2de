package org.interchange.plugin.mapi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.spi.AccountSettings;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.cache.spi.UploadResult;
import org.interchange.mapi.client.ics.IcsDownload;

/** A MAPI mailbox as a cache backend: a thin facade over one class per verb. */
final class MapiBackend implements Backend {
    private final AccountSettings settings;
    private final MapiSessionSource sessions;
    private final PreparedDownloads prepared = new PreparedDownloads();
    private final GlobalAddressListSync addressList;
    private final ScopedDownloadOptions options;

    MapiBackend(AccountSettings settings, MapiSessionSource sessions) {
        this(settings, sessions, Clock.systemUTC());
    }

    /** A backend whose span of mail ends on {@code clock}'s day. */
    MapiBackend(AccountSettings settings, MapiSessionSource sessions, Clock clock) {
        this.settings = settings;
        this.sessions = sessions;
        this.addressList = new GlobalAddressListSync(settings);
        this.options = new ScopedDownloadOptions(settings.syncScope(), clock);
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
        RemoteFolder folder = folder(storage, folderServerId);
        boolean bodies = options.forFolder(folder.kind()).bodies();
        Optional<Instant> span = options.spanStart(folder.kind());
        BackendFolder cached = storage.folder(folderServerId);
        if (ScopedCursor.widens(cached.syncCursor().orElse(null), span, folder.kind())) {
            FolderSpan.resync(cached, span);
        }
        FolderSpan kept = new FolderSpan(span, cached.syncCursor().orElse(null));
        MapiCalls.run(sessions, "sync folder " + folder.displayName(), session -> {
            IcsDownload download = prepared.take(session, storage, folderServerId, options);
            new FolderContentsSync(download, bodies, kept, folder, cached, listener, cancel, storage::commitWaiting)
                    .run();
            return null;
        });
    }

    @Override
    public Optional<RemoteItem> fetchItem(BackendStorage storage, String folderServerId, String itemServerId)
            throws BackendException {
        RemoteFolder folder = folder(storage, folderServerId);
        return MapiCalls.run(sessions, "fetch item " + itemServerId + " of " + folder.displayName(),
                session -> ItemFetch.read(session, folder.kind(), ServerIds.parse(folderServerId),
                        ServerIds.parse(itemServerId)));
    }

    /** The cached folder {@code folderServerId}: from the run's plan, else read from the cache. */
    private RemoteFolder folder(BackendStorage storage, String folderServerId) throws BackendException {
        RemoteFolder planned = prepared.planned(folderServerId);
        if (planned != null) {
            return planned;
        }
        return storage.folders().stream().filter(f -> f.serverId().equals(folderServerId))
                .findFirst().orElseThrow(() -> new BackendException("unknown folder " + folderServerId, false, null));
    }

    /**
     * Folders are started {@link PreparedDownloads#WINDOW} at a time, in the engine's order; the span of mail the run
     * keeps ends today.
     */
    @Override
    public void willSyncFolders(BackendStorage storage, List<RemoteFolder> folders) {
        options.startRun();
        prepared.plan(folders);
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
