package org.interchange.mapi.client.ics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.function.IntFunction;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.client.internal.session.SessionContext;
import org.interchange.mapi.codec.fxics.FolderChange;
import org.interchange.mapi.codec.fxics.GlobCnt;
import org.interchange.mapi.codec.fxics.IcsStateProperties;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.IdSetCodec;
import org.interchange.mapi.codec.fxics.MessageChange;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.StreamProperties;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.fxics.SyncStreamParser;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferRequest;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferResponse;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderResponse;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationConfigureRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationConfigureResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamBeginRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamBeginResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamContinueRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamContinueResponse;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamEndRequest;
import org.interchange.mapi.codec.rop.RopSynchronizationUploadStateStreamEndResponse;
import org.interchange.mapi.objects.PidTag;

/**
 * An ICS download of one folder's contents or subfolder hierarchy, [MS-OXCFXICS] 3.3.4.3 and 3.3.5:
 * RopOpenFolder, RopSynchronizationConfigure, the state upload
 * (RopSynchronizationUploadStateStreamBegin/Continue/End) and the first RopFastTransferSourceGetBuffer in
 * one Execute (more when the state is large), then RopFastTransferSourceGetBuffer until the stream ends,
 * taking the further buffers a server chains after it (Execute flag Chain), parsed as it arrives. {@link #next()}
 * hands out the events in batches, each with a state covering everything handed out so far.
 * Obtain it from {@code MapiSession.downloadContents} or {@code downloadHierarchy}; close it to
 * release the server's synchronization context. Not thread-safe.
 */
public final class IcsDownload implements AutoCloseable {
    /** SendOptions Unicode, [MS-OXCFXICS] 2.2.3.1.1.1.1. */
    static final int SEND_UNICODE = 0x01;
    static final int FLAG_UNICODE = 0x0001;
    static final int FLAG_READ_STATE = 0x0008;
    static final int FLAG_FAI = 0x0010;
    static final int FLAG_NORMAL = 0x0020;
    static final int FLAG_NO_FOREIGN_IDENTIFIERS = 0x0100;
    static final int FLAG_BEST_BODY = 0x2000;
    static final int FLAG_PROGRESS = 0x8000;
    static final int EXTRA_EID = 0x01;
    static final int EXTRA_MESSAGE_SIZE = 0x02;
    static final int EXTRA_CN = 0x04;
    static final int EXTRA_ORDER_BY_DELIVERY_TIME = 0x08;
    /** State bytes per RopSynchronizationUploadStateStreamContinue, well inside one ROP input buffer. */
    static final int STATE_CHUNK = 8 * 1024;
    /** State bytes uploaded per Execute. */
    static final int STATE_PER_EXECUTE = 24 * 1024;
    /** MaximumBufferSize asked of RopFastTransferSourceGetBuffer. */
    static final int MAX_BUFFER = 0x7F00;
    /** Largest stream accepted: 64 GB. */
    private static final long STREAM_LIMIT = 64L << 30;
    private static final List<PropertyTag> BODY_TAGS = List.of(PidTag.BODY, PidTag.HTML, PidTag.RTF_COMPRESSED);
    private static final PropertyTag MESSAGE_ATTACHMENTS = new PropertyTag(0x0E13000D);

    private final Lock lock;
    private final SessionContext session;
    private final boolean hierarchy;
    private final IcsDownloadOptions options;
    private final CheckpointState checkpoint;
    private final Deque<SyncElement> parsed = new ArrayDeque<>();
    private final SyncStreamParser parser;
    private ServerObject context;
    private boolean streamDone;
    private boolean finished;

    private IcsDownload(Lock lock, SessionContext session, boolean hierarchy, long folderId, byte[] state,
            IcsDownloadOptions options) {
        this.lock = lock;
        this.session = session;
        this.hierarchy = hierarchy;
        this.options = options;
        this.checkpoint = new CheckpointState(hierarchy, folderId, session.mailbox().replicaGuid(),
                StateEnvelope.decode(state, hierarchy, folderId));
        this.parser = hierarchy ? SyncStreamParser.hierarchy(STREAM_LIMIT, parsed::add)
                : SyncStreamParser.contents(STREAM_LIMIT, parsed::add);
    }

    /**
     * Starts a download (the caller holds {@code lock}, the session's call lock, which later calls
     * take again). A damaged state, or one made for another folder or kind, fails with
     * {@link IcsStateRejectedException} before anything is sent.
     */
    public static IcsDownload start(Lock lock, SessionContext session, boolean hierarchy, long folderId,
            byte[] state, IcsDownloadOptions options) {
        IcsDownload download = new IcsDownload(lock, session, hierarchy, folderId, state, options);
        download.configure(folderId);
        return download;
    }

    /** Whether {@link #next()} has a batch to give: false once the last (complete) batch was handed out. */
    public boolean hasNext() {
        return !finished;
    }

    /**
     * The next batch: at most {@code maxChangesPerBatch} message or folder changes (deletions,
     * read-state changes and progress ride along), and the state after them.
     */
    public IcsBatch next() {
        if (finished) {
            throw new IllegalStateException("the download is complete");
        }
        lock.lock();
        try {
            List<IcsEvent> events = new ArrayList<>();
            int changes = 0;
            while (changes < options.maxChangesPerBatch()) {
                if (parsed.isEmpty()) {
                    if (streamDone) {
                        throw new MapiProtocolException("the ICS stream ended without its state and IncrSyncEnd");
                    }
                    fetch();
                    continue;
                }
                SyncElement element = parsed.removeFirst();
                switch (element) {
                    case MessageChange m -> {
                        IcsMessage message = EventMapper.message(m, session.mailbox().replicaId());
                        Xid source = Xid.decode(message.sourceKey());
                        checkpoint.changed(source.namespaceGuid(), source.localIdValue(),
                                message.changeNumber() == 0 ? -1 : GlobCnt.ofId(message.changeNumber()),
                                message.associated());
                        events.add(new IcsEvent.MessageChanged(message));
                        changes++;
                    }
                    case FolderChange f -> {
                        IcsFolder folder = EventMapper.folder(f, session.mailbox().replicaId());
                        Xid source = Xid.decode(folder.sourceKey());
                        long cn = (long) StreamProperties.find(f.properties(), PidTag.CHANGE_NUMBER).orElse(-1L);
                        checkpoint.changed(source.namespaceGuid(), source.localIdValue(),
                                cn < 0 ? -1 : GlobCnt.ofId(cn), false);
                        events.add(new IcsEvent.FolderChanged(folder));
                        changes++;
                    }
                    case SyncElement.Deletions d -> {
                        List<Long> ids = new ArrayList<>(EventMapper.ids(d.deleted()));
                        ids.addAll(EventMapper.ids(d.noLongerInScope()));
                        ids.addAll(EventMapper.ids(d.expired()));
                        checkpoint.deleted(ids);
                        events.add(new IcsEvent.Deleted(ids));
                    }
                    case SyncElement.ReadStateChanges r -> events.add(new IcsEvent.ReadStateChanged(
                            EventMapper.ids(r.read()), EventMapper.ids(r.unread())));
                    case SyncElement.ProgressTotal p -> events.add(new IcsEvent.Progress(
                            p.information().normalMessageCount(), p.information().normalMessageTotalSize(),
                            p.information().faiMessageCount(), p.information().faiMessageTotalSize()));
                    case SyncElement.ProgressPerMessage p -> { }
                    case SyncElement.SyncState s -> checkpoint.replace(s);
                    case SyncElement.End e -> {
                        finished = true;
                        releaseContext();
                        return new IcsBatch(events, checkpoint.encode(), true);
                    }
                }
            }
            return new IcsBatch(events, checkpoint.encode(), false);
        } finally {
            lock.unlock();
        }
    }

    /** Releases the server's synchronization context (batched into the session's next request). */
    @Override
    public void close() {
        finished = true;
        releaseContext();
    }

    private void releaseContext() {
        if (context != null) {
            session.executor().releases().add(context);
            context = null;
        }
    }

    /**
     * Opens the folder, configures the download, uploads the state and asks for the first buffer, all in one
     * Execute when the state fits ({@link #STATE_PER_EXECUTE}), so a folder with nothing new costs one round trip.
     */
    private void configure(long folderId) {
        List<PropertyTag> excluded = new ArrayList<>(options.excluded());
        int flags = FLAG_UNICODE | FLAG_NO_FOREIGN_IDENTIFIERS;
        int extra = EXTRA_EID | EXTRA_CN;
        if (!hierarchy) {
            flags |= (options.normal() ? FLAG_NORMAL : 0) | (options.associated() ? FLAG_FAI : 0)
                    | (options.readState() ? FLAG_READ_STATE : 0) | (options.progress() ? FLAG_PROGRESS : 0)
                    | FLAG_BEST_BODY;
            extra |= EXTRA_MESSAGE_SIZE | EXTRA_ORDER_BY_DELIVERY_TIME;
            if (!options.bodies()) {
                excluded.addAll(BODY_TAGS);
            }
            if (!options.attachments()) {
                excluded.add(MESSAGE_ATTACHMENTS);
            }
        }
        RopBatch batch = session.executor().newBatch();
        int id = RopBatch.LOGON_ID;
        int folder = batch.output();
        int sync = batch.output();
        RopBatch.Ticket<RopOpenFolderResponse> open = batch.add(
                new RopOpenFolderRequest(id, batch.input(session.logon()), folder, folderId, 0),
                RopOpenFolderResponse.class);
        RopBatch.Ticket<RopSynchronizationConfigureResponse> configure = batch.add(
                new RopSynchronizationConfigureRequest(id, folder, sync, hierarchy
                        ? RopSynchronizationConfigureRequest.HIERARCHY : RopSynchronizationConfigureRequest.CONTENTS,
                        SEND_UNICODE, flags, new byte[0], extra, excluded), RopSynchronizationConfigureResponse.class);
        batch.add(new RopReleaseRequest(id, folder), RopResponse.class);
        Opening opening = new Opening(open, configure, folder, sync);
        Outgoing outgoing = new Outgoing(batch, opening);
        addStateUpload(outgoing);
        RopBatch.Ticket<RopFastTransferSourceGetBufferResponse> get = outgoing.addGetBuffer();
        acceptAll(outgoing.run(), get);
    }

    /** Adds the non-empty state properties' upload, [MS-OXCFXICS] 3.3.5.8.2 to 3.3.5.8.4. */
    private void addStateUpload(Outgoing outgoing) {
        List<IdSet<ReplicaGuid>> sets = checkpoint.sets();
        List<PropertyTag> tags = List.of(IcsStateProperties.IDSET_GIVEN, IcsStateProperties.CNSET_SEEN,
                IcsStateProperties.CNSET_SEEN_FAI, IcsStateProperties.CNSET_READ);
        for (int i = 0; i < (hierarchy ? 2 : tags.size()); i++) {
            if (sets.get(i).isEmpty()) {
                continue;
            }
            byte[] value = IdSetCodec.encode(sets.get(i));
            PropertyTag tag = tags.get(i);
            outgoing.addState(slot -> new RopSynchronizationUploadStateStreamBeginRequest(RopBatch.LOGON_ID, slot, tag,
                    value.length), RopSynchronizationUploadStateStreamBeginResponse.class, 0);
            for (int offset = 0; offset < value.length; offset += STATE_CHUNK) {
                byte[] chunk = Arrays.copyOfRange(value, offset, Math.min(value.length, offset + STATE_CHUNK));
                outgoing.addState(slot -> new RopSynchronizationUploadStateStreamContinueRequest(RopBatch.LOGON_ID,
                        slot, chunk), RopSynchronizationUploadStateStreamContinueResponse.class, chunk.length);
            }
            outgoing.addState(slot -> new RopSynchronizationUploadStateStreamEndRequest(RopBatch.LOGON_ID, slot),
                    RopSynchronizationUploadStateStreamEndResponse.class, 0);
        }
    }

    /** The tickets of the first Execute: RopOpenFolder and RopSynchronizationConfigure, and their slots. */
    private record Opening(RopBatch.Ticket<RopOpenFolderResponse> open,
                           RopBatch.Ticket<RopSynchronizationConfigureResponse> configure, int folderSlot,
                           int contextSlot) {
    }

    /**
     * The ROPs of the download's start, sent in Executes of at most {@link #STATE_PER_EXECUTE} bytes of state:
     * the first carries the opening, the last the first RopFastTransferSourceGetBuffer.
     */
    private final class Outgoing {
        private RopBatch batch;
        private Opening opening;
        private final List<RopBatch.Ticket<? extends RopResponse>> states = new ArrayList<>();
        private int bytes;

        Outgoing(RopBatch first, Opening opening) {
            this.batch = first;
            this.opening = opening;
        }

        <T extends RopResponse> void addState(IntFunction<RopRequest> request, Class<T> responseType, int size) {
            if (bytes + size > STATE_PER_EXECUTE) {
                run();
            }
            states.add(batch.add(request.apply(contextSlot()), responseType));
            bytes += size;
        }

        RopBatch.Ticket<RopFastTransferSourceGetBufferResponse> addGetBuffer() {
            return batch.add(new RopFastTransferSourceGetBufferRequest(RopBatch.LOGON_ID, contextSlot(),
                    RopFastTransferSourceGetBufferRequest.USE_MAXIMUM_BUFFER_SIZE, MAX_BUFFER),
                    RopFastTransferSourceGetBufferResponse.class);
        }

        private int contextSlot() {
            return opening != null ? opening.contextSlot() : batch.input(context);
        }

        /** Runs the pending batch; the opening's failure is thrown as is, a refused state as IcsStateRejectedException. */
        BatchResult run() {
            BatchResult result = session.executor().run(batch);
            batch = session.executor().newBatch();
            bytes = 0;
            if (opening != null) {
                result.get(opening.open());
                result.claim(opening.folderSlot());
                result.get(opening.configure());
                context = result.claim(opening.contextSlot());
                opening = null;
            }
            for (RopBatch.Ticket<? extends RopResponse> ticket : states) {
                RopResponse response = result.raw(ticket);
                if (response == null || response.returnValue() != 0) {
                    states.clear();
                    close();
                    throw new IcsStateRejectedException("the server refused the ICS state: "
                            + ticket.request().ropId().specName() + (response == null ? " was not answered"
                            : " failed with 0x" + Integer.toHexString(response.returnValue())));
                }
            }
            states.clear();
            return result;
        }
    }

    /** One RopFastTransferSourceGetBuffer, its data fed to the parser. */
    private void fetch() {
        RopBatch batch = session.executor().newBatch();
        RopBatch.Ticket<RopFastTransferSourceGetBufferResponse> get = batch.add(
                new RopFastTransferSourceGetBufferRequest(RopBatch.LOGON_ID, batch.input(context),
                        RopFastTransferSourceGetBufferRequest.USE_MAXIMUM_BUFFER_SIZE, MAX_BUFFER),
                RopFastTransferSourceGetBufferResponse.class);
        acceptAll(session.executor().run(batch), get);
    }

    /** Feeds the answer to {@code get} and the answers the server chained after it ([MS-OXCRPC] 3.1.4.2.1.2). */
    private void acceptAll(BatchResult result, RopBatch.Ticket<RopFastTransferSourceGetBufferResponse> get) {
        accept(result.get(get));
        for (RopResponse extra : result.chained()) {
            if (streamDone) {
                throw new MapiProtocolException("the server chained FastTransfer data after the stream's end");
            }
            if (!(extra instanceof RopFastTransferSourceGetBufferResponse more)) {
                throw new MapiProtocolException("the server chained " + extra.getClass().getSimpleName()
                        + " after RopFastTransferSourceGetBuffer");
            }
            if (more.returnValue() != 0) {
                throw new MapiProtocolException("a chained RopFastTransferSourceGetBuffer failed with 0x"
                        + Integer.toHexString(more.returnValue()));
            }
            accept(more);
        }
    }

    /** Feeds one buffer of the stream to the parser. */
    private void accept(RopFastTransferSourceGetBufferResponse response) {
        try {
            parser.feed(response.transferBuffer());
            switch (response.transferStatus()) {
                case RopFastTransferSourceGetBufferResponse.STATUS_DONE -> {
                    parser.finish();
                    streamDone = true;
                }
                case RopFastTransferSourceGetBufferResponse.STATUS_PARTIAL,
                     RopFastTransferSourceGetBufferResponse.STATUS_NO_ROOM -> { }
                default -> throw new MapiProtocolException("RopFastTransferSourceGetBuffer reported TransferStatus "
                        + response.transferStatus());
            }
        } catch (MapiCodecException e) {
            throw new MapiProtocolException("malformed ICS stream: " + e.getMessage(), e);
        }
    }
}
