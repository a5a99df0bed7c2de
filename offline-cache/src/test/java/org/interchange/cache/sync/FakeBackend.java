package org.interchange.cache.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** A server in memory: its folders and items, failures to inject, and a log of the calls it got. */
final class FakeBackend implements Backend {

    final List<RemoteFolder> folders = new ArrayList<>();
    final Map<String, Map<String, RemoteItem>> items = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    final List<PendingOperation> uploaded = new ArrayList<>();
    final Set<String> failingFolders = new HashSet<>();
    final Set<String> offlineFolders = new HashSet<>();
    boolean uploadsFail;
    boolean folderListFails;
    boolean offline;
    private int cursor;

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
        Map<String, RemoteItem> server = items.getOrDefault(folderServerId, Map.of());
        try (ItemBatch batch = folder.beginBatch()) {
            for (String gone : folder.itemRevisions().keySet()) {
                if (!server.containsKey(gone)) {
                    batch.delete(gone);
                }
            }
            int done = 0;
            for (RemoteItem item : server.values()) {
                batch.upsert(item);
                listener.folderProgress(folderServerId, ++done, server.size(), item.size());
            }
            batch.setSyncCursor(("state-" + ++cursor).getBytes(StandardCharsets.US_ASCII));
            batch.commit();
        }
    }

    @Override
    public void upload(PendingOperation operation) throws BackendException {
        calls.add("upload " + operation.kind() + " " + operation.itemServerId() + "=" + operation.value());
        if (offline) {
            throw new BackendException("connection refused", true, null);
        }
        if (uploadsFail) {
            throw new BackendException("access denied", false, null);
        }
        uploaded.add(operation);
        if (operation.kind() == PendingOperation.Kind.SET_READ) {
            Map<String, RemoteItem> folder = items.get(operation.folderServerId());
            RemoteItem i = folder.get(operation.itemServerId());
            folder.put(i.serverId(), new RemoteItem(i.serverId(), "rev-2", i.kind(), i.subject(), i.sender(),
                    i.recipients(), i.date(), i.endDate(), i.size(), Boolean.parseBoolean(operation.value()),
                    i.flagged(), i.bodyText(), i.bodyHtml(), i.fields(), i.attachments(), i.payload()));
        }
    }

    @Override
    public void close() {
    }
}
