package org.interchange.plugin.mapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiTable;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * Brings one folder of the cache up to the server by a full listing: the contents table
 * ([MS-OXCTABL]) gives every message id with its revision (last modification, read and flag
 * state); new and changed messages are read whole and written in batches, each batch one cache
 * transaction; messages gone from the server are deleted. Incremental sync (ICS) replaces this later.
 */
final class FolderContentsSync {
    static final int BATCH_SIZE = 25;
    private static final List<PropertyTag> LISTING = List.of(PidTag.MID, PidTag.LAST_MODIFICATION_TIME,
            PidTag.MESSAGE_FLAGS, PidTag.FLAG_STATUS);
    private static final List<PidLid> NAMED = List.of(PidLid.APPOINTMENT_START_WHOLE, PidLid.APPOINTMENT_END_WHOLE,
            PidLid.LOCATION, PidLid.APPOINTMENT_SUB_TYPE, PidLid.RECURRING, PidLid.RECURRENCE_PATTERN,
            PidLid.APPOINTMENT_RECUR,
            PidLid.TASK_STATUS, PidLid.PERCENT_COMPLETE, PidLid.TASK_START_DATE, PidLid.TASK_DUE_DATE,
            PidLid.TASK_COMPLETE, PidLid.FILE_UNDER, PidLid.EMAIL1_DISPLAY_NAME, PidLid.EMAIL1_EMAIL_ADDRESS,
            PidLid.NOTE_COLOR);

    private final MapiSession session;
    private final RemoteFolder folder;
    private final BackendFolder cache;
    private final SyncListener listener;
    private final CancellationToken cancel;

    FolderContentsSync(MapiSession session, RemoteFolder folder, BackendFolder cache, SyncListener listener,
                       CancellationToken cancel) {
        this.session = session;
        this.folder = folder;
        this.cache = cache;
        this.listener = listener;
        this.cancel = cancel;
    }

    void run() {
        long folderId = ServerIds.parse(folder.serverId());
        session.resolveNamedProperties(NAMED);
        Map<String, String> onServer = listServer(folderId);
        Map<String, String> cached = cache.itemRevisions();
        List<String> changed = new ArrayList<>();
        onServer.forEach((id, revision) -> {
            if (!revision.equals(cached.get(id))) {
                changed.add(id);
            }
        });
        List<String> gone = cached.keySet().stream().filter(id -> !onServer.containsKey(id)).toList();
        listener.folderStarted(folder.serverId(), folder.displayName(), changed.size());
        int done = 0;
        long bytes = 0;
        for (int start = 0; start < changed.size() || (start == 0 && !gone.isEmpty()); start += BATCH_SIZE) {
            cancel.throwIfCancelled();
            try (ItemBatch batch = cache.beginBatch()) {
                for (String id : changed.subList(start, Math.min(changed.size(), start + BATCH_SIZE))) {
                    ItemMapper.MessageContent content = read(folderId, id, onServer.get(id));
                    RemoteItem item = ItemMapper.map(folder.kind(), content);
                    batch.upsert(item);
                    bytes += item.size();
                    done++;
                }
                if (start + BATCH_SIZE >= changed.size()) {
                    gone.forEach(batch::delete);
                }
                batch.commit();
            }
            listener.folderProgress(folder.serverId(), done, changed.size(), bytes);
        }
    }

    private Map<String, String> listServer(long folderId) {
        Map<String, String> revisions = new LinkedHashMap<>();
        try (MapiTable table = session.contentsTable(folderId, LISTING)) {
            for (List<PropertyBag> page = table.nextPage(); !page.isEmpty(); page = table.nextPage()) {
                cancel.throwIfCancelled();
                for (PropertyBag row : page) {
                    long mid = row.number(PidTag.MID, 0);
                    if (mid != 0) {
                        revisions.put(ServerIds.of(mid), revision(row));
                    }
                }
            }
        }
        return revisions;
    }

    private static String revision(PropertyBag row) {
        Instant modified = row.time(PidTag.LAST_MODIFICATION_TIME);
        return (modified == null ? "" : modified.toString()) + "/" + row.number(PidTag.MESSAGE_FLAGS, 0) + "/"
                + row.number(PidTag.FLAG_STATUS, 0);
    }

    private ItemMapper.MessageContent read(long folderId, String serverId, String revision) {
        try (MapiMessage message = session.openMessage(folderId, ServerIds.parse(serverId))) {
            List<RemoteAttachment> attachments = new ArrayList<>();
            for (AttachmentInfo a : message.attachments()) {
                if (a.method() == AttachmentInfo.METHOD_BY_VALUE) {
                    attachments.add(new RemoteAttachment(a.fileName(), a.mimeType(), blankToNull(a.contentId()),
                            message.attachmentData(a.attachNumber())));
                }
            }
            String html = message.html().map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
            return new ItemMapper.MessageContent(serverId, revision, message.properties(),
                    message.body().orElse(null), html, attachments);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
