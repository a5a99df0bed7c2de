package org.interchange.cache.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.BackendException;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.cache.spi.SyncCursorRejectedException;
import org.interchange.cache.spi.UploadConflictException;
import org.interchange.cache.spi.UploadResult;

/**
 * A server in memory: its folders and items, failures to inject, and a log of the calls it got. Downloads
 * work as ICS does: the cursor names the item versions the cache has, a download sends the rest in
 * batches, each committed with the cursor covering it.
 */
final class FakeBackend implements Backend {

    final List<RemoteFolder> folders = new ArrayList<>();
    final Map<String, Map<String, RemoteItem>> items = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    final List<PendingOperation> uploaded = new ArrayList<>();
    final Set<String> failingFolders = new HashSet<>();
    final Set<String> offlineFolders = new HashSet<>();
    final Set<String> conflicting = new HashSet<>();
    final List<RemoteItem> sent = new ArrayList<>();
    final Set<String> rejectCursor = new HashSet<>();
    /** Whole versions of items by server id, as {@link #fetchItem} returns them. */
    final Map<String, RemoteItem> whole = new LinkedHashMap<>();
    /** Items sent to the cache by downloads. */
    int downloaded;
    /** Download batches left before the connection drops; -1 never. */
    int batchesUntilOffline = -1;
    int batchSize = 100;
    boolean uploadsFail;
    /** Uploads of these kinds fail (not offline). */
    final Set<PendingOperation.Kind> failingKinds = new HashSet<>();
    /** uploadTogether refuses every batch (its operations succeed one by one). */
    boolean togetherFails;
    private int ids;
    private int revisions;
    boolean folderListFails;
    boolean offline;

    void addFolder(RemoteFolder folder, RemoteItem... contents) {
        folders.add(folder);
        Map<String, RemoteItem> map = items.computeIfAbsent(folder.serverId(), k -> new LinkedHashMap<>());
        for (RemoteItem item : contents) {
            map.put(item.serverId(), item);
        }
    }

    @Override
    public void syncFolders(BackendStorage storage, CancellationToken cancel) throws BackendException {
        calls.add("folders");
        if (offline) {
            throw new BackendException("connection refused", true, null);
        }
        if (folderListFails) {
            throw new BackendException("folder hierarchy unavailable", false, null);
        }
        storage.replaceFolders(folders);
    }

    @Override
    public void syncFolder(BackendStorage storage, String folderServerId, SyncListener listener,
                           CancellationToken cancel) throws BackendException {
        calls.add("folder " + folderServerId);
        if (offlineFolders.contains(folderServerId)) {
            throw new BackendException("connection lost", true, null);
        }
        if (failingFolders.contains(folderServerId)) {
            throw new BackendException("folder " + folderServerId + " is broken", false, null);
        }
        BackendFolder folder = storage.folder(folderServerId);
        Map<String, String> known = decode(folder.syncCursor().orElse(null));
        if (folder.syncCursor().isPresent() && rejectCursor.remove(folderServerId)) {
            throw new SyncCursorRejectedException("state of " + folderServerId + " refused", null);
        }
        Map<String, RemoteItem> server = items.getOrDefault(folderServerId, Map.of());
        List<RemoteItem> changed = server.values().stream()
                .filter(i -> !i.revision().equals(known.get(i.serverId()))).toList();
        List<String> gone = known.keySet().stream().filter(id -> !server.containsKey(id)).toList();
        int done = 0;
        long bytes = 0;
        int start = 0;
        do {
            if (batchesUntilOffline == 0) {
                batchesUntilOffline = -1;
                throw new BackendException("connection lost in " + folderServerId, true, null);
            }
            batchesUntilOffline--;
            try (ItemBatch batch = folder.beginBatch()) {
                if (start == 0) {
                    gone.forEach(batch::delete);
                    gone.forEach(known::remove);
                }
                for (RemoteItem item : changed.subList(start, Math.min(changed.size(), start + batchSize))) {
                    batch.upsert(item);
                    known.put(item.serverId(), item.revision());
                    downloaded++;
                    done++;
                    bytes += item.size();
                }
                batch.setSyncCursor(encode(known));
                batch.commit();
            }
            listener.folderProgress(folderServerId, done, changed.size(), bytes);
            start += batchSize;
        } while (start < changed.size());
    }

    @Override
    public Optional<RemoteItem> fetchItem(BackendStorage storage, String folderServerId, String itemServerId)
            throws BackendException {
        calls.add("fetch " + itemServerId);
        if (offline) {
            throw new BackendException("connection refused", true, null);
        }
        return Optional.ofNullable(whole.get(itemServerId));
    }

    private static Map<String, String> decode(byte[] cursor) {
        Map<String, String> known = new LinkedHashMap<>();
        if (cursor != null && cursor.length > 0) {
            for (String line : new String(cursor, StandardCharsets.UTF_8).split("\n")) {
                String[] idAndRevision = line.split("=", 2);
                known.put(idAndRevision[0], idAndRevision[1]);
            }
        }
        return known;
    }

    private static byte[] encode(Map<String, String> known) {
        StringBuilder sb = new StringBuilder();
        known.forEach((id, revision) -> sb.append(sb.isEmpty() ? "" : "\n").append(id).append('=').append(revision));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void uploadTogether(List<PendingOperation> operations) throws BackendException {
        calls.add("together " + operations.getFirst().kind() + " " + operations.getFirst().folderServerId() + " "
                + operations.stream().map(PendingOperation::itemServerId).toList());
        if (togetherFails) {
            throw new BackendException("batch refused", false, null);
        }
        Backend.super.uploadTogether(operations);
    }

    @Override
    public UploadResult upload(PendingOperation operation) throws BackendException {
        calls.add("upload " + operation.kind() + " " + operation.itemServerId() + "=" + operation.value());
        if (offline) {
            throw new BackendException("connection refused", true, null);
        }
        if (uploadsFail || failingKinds.contains(operation.kind())) {
            throw new BackendException("access denied", false, null);
        }
        uploaded.add(operation);
        Map<String, RemoteItem> folder = items.computeIfAbsent(operation.folderServerId(), k -> new LinkedHashMap<>());
        RemoteItem old = folder.get(operation.itemServerId());
        if (operation.kind().conflicts() && old == null) {
            throw new UploadConflictException("item " + operation.itemServerId() + " is gone", true);
        }
        if (conflicting.contains(operation.itemServerId())) {
            throw new UploadConflictException("item " + operation.itemServerId() + " changed", false);
        }
        String revision = "rev-s" + ++revisions;
        switch (operation.kind()) {
            case SET_READ -> folder.put(old.serverId(), with(old, old.serverId(), revision,
                    Boolean.parseBoolean(operation.value()), old.flagged()));
            case SET_FLAGGED -> folder.put(old.serverId(), with(old, old.serverId(), revision, old.read(),
                    Boolean.parseBoolean(operation.value())));
            case DELETE -> folder.remove(old.serverId());
            case MOVE -> {
                folder.remove(old.serverId());
                String id = "m" + ++ids;
                items.computeIfAbsent(operation.value(), k -> new LinkedHashMap<>())
                        .put(id, with(old, id, revision, old.read(), old.flagged()));
                return new UploadResult(id, revision);
            }
            case UPDATE -> folder.put(old.serverId(), with(operation.item(), old.serverId(), revision,
                    operation.item().read(), operation.item().flagged()));
            case CREATE -> {
                String id = "n" + ++ids;
                folder.put(id, with(operation.item(), id, revision, operation.item().read(),
                        operation.item().flagged()));
                return new UploadResult(id, revision);
            }
            case SEND -> sent.add(operation.item());
        }
        return new UploadResult(null, revision);
    }

    static RemoteItem with(RemoteItem i, String serverId, String revision, boolean read, boolean flagged) {
        return new RemoteItem(serverId, revision, i.kind(), i.subject(), i.sender(), i.recipients(), i.date(),
                i.endDate(), i.size(), read, flagged, i.bodyText(), i.bodyHtml(), i.fields(), i.attachments(),
                i.payload());
    }

    /** Changes the test announces; {@link #awaitChanges} reports one per permit. */
    final java.util.concurrent.Semaphore pushes = new java.util.concurrent.Semaphore(0);

    @Override
    public void awaitChanges(Runnable changed, CancellationToken cancel) {
        while (!cancel.isCancelled()) {
            try {
                if (pushes.tryAcquire(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    changed.run();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
    }
}
