package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.spi.BackendFolder;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.spi.ItemBatch;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteFolder;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.ics.IcsBatch;
import org.interchange.mapi.client.ics.IcsDownload;
import org.interchange.mapi.client.ics.IcsDownloadOptions;
import org.interchange.mapi.client.ics.IcsEvent;
import org.interchange.mapi.client.ics.IcsMessage;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * Brings one folder of the cache up to the server by an ICS contents download ([MS-OXCFXICS] 3.3.4.3) started
 * from the folder's stored state ({@link PreparedDownloads}); each batch of changes (new and changed messages, deletions,
 * read-state changes) is written in one cache transaction together with the state that covers it, so a
 * download cut off anywhere resumes after its last committed batch, with nothing lost and nothing twice.
 * Progress (messages and bytes) is reported per batch. The next batch is downloaded and mapped while the current
 * one is written. Messages downloaded without bodies (a headers-only
 * {@link org.interchange.cache.api.SyncScope}) are marked so the cache fetches them when read; mail that aged out of
 * a span leaves the cache with the download's final state ({@link FolderSpan}).
 */
final class FolderContentsSync {
    static final int BATCH_SIZE = 50;
    static final IcsDownloadOptions OPTIONS = IcsDownloadOptions.defaults().withMaxChangesPerBatch(BATCH_SIZE);

    private final IcsDownload download;
    private final RemoteFolder folder;
    private final BackendFolder cache;
    private final SyncListener listener;
    private final CancellationToken cancel;
    private final boolean bodies;
    private final FolderSpan span;
    private final Runnable beforeWaiting;

    /**
     * A sync of {@code folder} from {@code download}, started from the folder's cursor with or without {@code bodies},
     * keeping {@code span}; {@code beforeWaiting} runs when the next batch is still on its way (the sync then commits
     * what waits in its commit group).
     */
    FolderContentsSync(IcsDownload download, boolean bodies, FolderSpan span, RemoteFolder folder, BackendFolder cache,
                       SyncListener listener, CancellationToken cancel, Runnable beforeWaiting) {
        this.download = download;
        this.beforeWaiting = beforeWaiting;
        this.bodies = bodies;
        this.span = span;
        this.folder = folder;
        this.cache = cache;
        this.listener = listener;
        this.cancel = cancel;
    }

    /**
     * Downloads the folder's changes, the next batch read and mapped ({@link BatchPrefetch}) while the current one is
     * written; an unusable state fails with IcsStateRejectedException.
     */
    void run() {
        int done = 0;
        int total = -1;
        long bytes = 0;
        try (download; BatchPrefetch<IcsBatch, Mapped> batches = BatchPrefetch.of(download, this::map)) {
            for (Mapped mapped = batches.next(beforeWaiting); mapped != null; mapped = batches.next(beforeWaiting)) {
                cancel.throwIfCancelled();
                Iterator<RemoteItem> changed = mapped.changed().iterator();
                try (ItemBatch items = cache.beginBatch()) {
                    if (mapped.batch().complete()) {
                        span.evict(items);
                    }
                    for (IcsEvent event : mapped.batch().events()) {
                        switch (event) {
                            case IcsEvent.MessageChanged ignored -> {
                                RemoteItem item = changed.next();
                                items.upsert(item);
                                done++;
                                bytes += item.size();
                            }
                            case IcsEvent.Deleted deleted -> deleted.ids().stream().map(ServerIds::of)
                                    .filter(id -> !span.keeps(id)).forEach(items::delete);
                            case IcsEvent.ReadStateChanged read -> {
                                read.read().forEach(id -> items.setRead(ServerIds.of(id), true));
                                read.unread().forEach(id -> items.setRead(ServerIds.of(id), false));
                            }
                            case IcsEvent.Progress progress -> {
                                total = progress.messages();
                                listener.folderStarted(folder.serverId(), folder.displayName(), total);
                            }
                            case IcsEvent.FolderChanged ignored -> {
                                // a contents download carries no folder changes
                            }
                        }
                    }
                    span.endResync(items);
                    items.setSyncCursor(span.cursor(mapped.batch().state()));
                    items.commit();
                }
                listener.folderProgress(folder.serverId(), done, Math.max(total, done), bytes);
            }
        }
    }

    /** A downloaded batch with its changed messages mapped to cache items, in the order of its events. */
    private record Mapped(IcsBatch batch, List<RemoteItem> changed) {
    }

    private Mapped map(IcsBatch batch) {
        List<RemoteItem> changed = new ArrayList<>();
        for (IcsEvent event : batch.events()) {
            if (event instanceof IcsEvent.MessageChanged message) {
                RemoteItem item = ItemMapper.map(folder.kind(), content(message.message()));
                changed.add(bodies ? item : ItemMapper.headersOnly(item));
            }
        }
        return new Mapped(batch, changed);
    }

    /** The parts of a downloaded message the item mapper reads; the revision is its {@link IcsRevision}. */
    private static ItemMapper.MessageContent content(IcsMessage m) {
        PropertyBag p = m.properties();
        MessageBodies body = MessageBodies.of(p);
        List<RemoteAttachment> attachments = new ArrayList<>();
        for (PropertyBag a : m.attachments()) {
            if (a.number(PidTag.ATTACH_METHOD, AttachmentInfo.METHOD_BY_VALUE) != AttachmentInfo.METHOD_BY_VALUE) {
                continue;
            }
            byte[] data = a.bytes(PidTag.ATTACH_DATA_BINARY);
            String name = a.string(PidTag.ATTACH_LONG_FILENAME);
            attachments.add(new RemoteAttachment(name != null ? name : a.string(PidTag.ATTACH_FILENAME),
                    a.string(PidTag.ATTACH_MIME_TAG), blankToNull(a.string(PidTag.ATTACH_CONTENT_ID)),
                    data == null ? new byte[0] : data));
        }
        return new ItemMapper.MessageContent(ServerIds.of(m.messageId()),
                revision(m.changeKey(), m.predecessorChangeList(), m.sourceKey(), m.changeNumber()), p, body.text(),
                body.html(), attachments);
    }

    /** The cache's revision of a message version: its {@link IcsRevision} when all three parts are known. */
    static String revision(byte[] changeKey, byte[] predecessorChangeList, byte[] sourceKey, long changeNumber) {
        return changeKey == null || changeKey.length == 0 ? Long.toHexString(changeNumber)
                : predecessorChangeList == null || sourceKey == null ? HexFormat.of().formatHex(changeKey)
                : new IcsRevision(changeKey, predecessorChangeList, sourceKey).format();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
