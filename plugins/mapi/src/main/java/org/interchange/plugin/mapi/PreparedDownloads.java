package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.spi.BackendStorage;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.ics.IcsDownload;
import org.interchange.mapi.client.ics.IcsDownloadOptions;

/**
 * Starts the ICS contents downloads ([MS-OXCFXICS] 3.3.4.3) of the folders a sync is about to visit in windows of
 * {@link #WINDOW}, each window in one request ({@code MapiSession.downloadContents(List, ...)}), and hands each
 * download out once, to its folder's sync. A window holds only folders downloaded with the same options (a span or
 * headers-only scope applies to mail folders alone, {@link ScopedDownloadOptions}). A prepared download is used only
 * while the folder's cursor in the cache still holds the ICS state it was started from ({@link ScopedCursor}), and
 * only on the session that started it.
 * What the cache's commit group holds is committed before a window is asked for, as the request may take a while.
 */
final class PreparedDownloads {
    /** Folders whose downloads are started together. */
    static final int WINDOW = 24;

    private List<String> order = List.of();
    /** The planned folders by server id, as the cache listed them when the run began. */
    private Map<String, RemoteFolder> planned = Map.of();
    private MapiSession owner;
    private final Map<String, Prepared> ready = new HashMap<>();

    private record Prepared(IcsDownload download, byte[] cursor) {
    }

    /** The folders the engine will sync next, in its order; drops what an earlier plan prepared. */
    synchronized void plan(List<RemoteFolder> folders) {
        order = folders.stream().map(RemoteFolder::serverId).toList();
        planned = folders.stream().collect(Collectors.toUnmodifiableMap(RemoteFolder::serverId, f -> f, (a, b) -> a));
        closeAll();
    }

    /** The planned folder {@code folderServerId}, or null when the current plan does not hold it. */
    synchronized RemoteFolder planned(String folderServerId) {
        return planned.get(folderServerId);
    }

    /**
     * The download of {@code folderServerId} on {@code session}: the prepared one if still valid, else the first of
     * a window (this folder and the planned ones after it) started now.
     */
    synchronized IcsDownload take(MapiSession session, BackendStorage storage, String folderServerId,
                                  ScopedDownloadOptions scoped) {
        if (owner != session) {
            ready.clear();
            owner = session;
        }
        byte[] cursor = ScopedCursor.icsState(storage.folder(folderServerId).syncCursor().orElse(null));
        Prepared prepared = ready.remove(folderServerId);
        if (prepared != null && Arrays.equals(prepared.cursor(), cursor)) {
            return prepared.download();
        }
        if (prepared != null) {
            prepared.download().close();
        }
        closeAll();
        Collection<RemoteFolder> folders = planned.containsKey(folderServerId) ? planned.values() : storage.folders();
        Map<String, FolderKind> kinds = folders.stream()
                .collect(Collectors.toMap(RemoteFolder::serverId, RemoteFolder::kind, (a, b) -> a));
        IcsDownloadOptions options = scoped.forFolder(kinds.get(folderServerId));
        List<String> window = window(kinds, folderServerId, id -> scoped.forFolder(kinds.get(id)).equals(options));
        List<IcsDownload.FolderState> states = new ArrayList<>(window.size());
        states.add(new IcsDownload.FolderState(ServerIds.parse(folderServerId), cursor));
        for (String id : window.subList(1, window.size())) {
            states.add(new IcsDownload.FolderState(ServerIds.parse(id),
                    ScopedCursor.icsState(storage.folder(id).syncCursor().orElse(null))));
        }
        storage.commitWaiting();
        List<IcsDownload> downloads = session.downloadContents(states, options);
        for (int i = 1; i < window.size(); i++) {
            ready.put(window.get(i), new Prepared(downloads.get(i), states.get(i).state()));
        }
        return downloads.getFirst();
    }

    /** Closes every prepared download (their server contexts are released with the session's next request). */
    synchronized void closeAll() {
        ready.values().forEach(p -> p.download().close());
        ready.clear();
    }

    /** {@code first} and up to {@link #WINDOW} - 1 planned folders after it that the cache still has and that are {@code alike}. */
    private List<String> window(Map<String, FolderKind> cached, String first, Predicate<String> alike) {
        List<String> window = new ArrayList<>(List.of(first));
        int at = order.indexOf(first);
        if (at < 0) {
            return window;
        }
        for (int i = at + 1; i < order.size() && window.size() < WINDOW; i++) {
            String id = order.get(i);
            if (cached.containsKey(id) && isMapiId(id) && alike.test(id)) {
                window.add(id);
            }
        }
        return window;
    }

    private static boolean isMapiId(String id) {
        try {
            ServerIds.parse(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
