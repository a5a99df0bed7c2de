package org.interchange.mapi.client.ics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.function.IntFunction;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.client.internal.session.SessionContext;
import org.interchange.mapi.codec.fxics.FolderChange;
import org.interchange.mapi.codec.fxics.GlobCnt;
import org.interchange.mapi.codec.fxics.IcsStateProperties;
import org.interchange.mapi.codec.fxics.MessageChange;
import org.interchange.mapi.codec.fxics.StreamProperties;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.fxics.SyncStreamParser;
import org.interchange.mapi.codec.fxics.Xid;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.RestrictionCodec;
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
    /** Folders whose starts share one Execute in {@link #startAll}. */
    static final int SHARED_FOLDERS = 24;
    /** Largest state (bytes of IDSETs and CNSETs) of a folder whose start is shared. */
    static final int SHARED_STATE_LIMIT = 4 * 1024;
    /** Response bytes the first buffers of a shared start may take together, inside the 32 KB ROP output buffer. */
    static final int SHARED_RESPONSE_BUDGET = 28 * 1024;
    /** Response bytes of one folder's start besides its first buffer (opening, state upload, buffer header). */
    static final int PER_FOLDER_RESPONSE = 160;
    /** Smallest first buffer of a shared start. */
    static final int MIN_SHARED_BUFFER = 512;
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
    private RuntimeException failure;
    private long folderId;

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

    /** One folder of {@link #startAll}: its id and the stored state of its contents (null for a first download). */
    public record FolderState(long folderId, byte[] state) {
    }

    /**
     * Starts contents downloads of several folders ([MS-OXCFXICS] 3.3.4.3), sharing Executes: the opening, state
     * upload and a first, smaller RopFastTransferSourceGetBuffer of up to {@link #SHARED_FOLDERS} folders with
     * small states go in one Execute, so a folder with nothing new costs a fraction of a round trip. A folder
     * whose start fails (a state the client or server refuses, a folder gone) gets a download whose
     * {@link #next()} throws that failure; the others go on. A transport failure fails the call. The caller
     * holds {@code lock}, as for {@link #start}.
     */
    public static List<IcsDownload> startAll(Lock lock, SessionContext session, List<FolderState> folders,
            IcsDownloadOptions options) {
        List<IcsDownload> downloads = new ArrayList<>();
        List<IcsDownload> group = new ArrayList<>();
        int groupBytes = 0;
        for (FolderState folder : folders) {
            IcsDownload download;
            try {
                download = new IcsDownload(lock, session, false, folder.folderId(), folder.state(), options);
            } catch (IcsStateRejectedException rejected) {
                download = new IcsDownload(lock, session, options, rejected);
            }
            downloads.add(download);
            if (download.failure != null) {
                continue;
            }
            int bytes = download.stateBytes();
            if (bytes > SHARED_STATE_LIMIT) {
                try {
                    download.configure(folder.folderId());
                } catch (MapiOperationException | MapiProtocolException | IcsStateRejectedException e) {
                    download.failure = e;
                }
                continue;
            }
            if (group.size() == SHARED_FOLDERS || groupBytes + bytes > STATE_PER_EXECUTE) {
                startShared(session, group);
                group.clear();
                groupBytes = 0;
            }
            download.folderId = folder.folderId();
            group.add(download);
            groupBytes += bytes;
        }
        if (!group.isEmpty()) {
            startShared(session, group);
        }
        return downloads;
    }

    /** A download whose start failed: its {@link #next()} throws {@code failure}. */
    private IcsDownload(Lock lock, SessionContext session, IcsDownloadOptions options, RuntimeException failure) {
        this.lock = lock;
        this.session = session;
        this.hierarchy = false;
        this.options = options;
        this.checkpoint = null;
        this.parser = null;
        this.failure = failure;
    }

    /** Runs the starts of {@code group} in one Execute; each download takes its own answers or failure. */
    private static void startShared(SessionContext session, List<IcsDownload> group) {
        RopBatch batch = session.executor().newBatch();
        int firstBuffer = Math.max(MIN_SHARED_BUFFER, SHARED_RESPONSE_BUDGET / group.size() - PER_FOLDER_RESPONSE);
        List<Outgoing> parts = new ArrayList<>();
        List<RopBatch.Ticket<RopFastTransferSourceGetBufferResponse>> gets = new ArrayList<>();
        for (IcsDownload download : group) {
            Outgoing outgoing = download.new Outgoing(batch, download.addOpening(batch, download.folderId));
            download.addStateUpload(outgoing);
            parts.add(outgoing);
            gets.add(outgoing.addGetBuffer(firstBuffer));
        }
        BatchResult result = session.executor().run(batch);
        for (int i = 0; i < group.size(); i++) {
            IcsDownload download = group.get(i);
            try {
                parts.get(i).settle(result);
                download.acceptAll(result, gets.get(i), i == group.size() - 1);
            } catch (MapiOperationException | MapiProtocolException | IcsStateRejectedException e) {
                download.close();
                download.failure = e;
            }
        }
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
        if (failure != null) {
            RuntimeException e = failure;
            failure = null;
            finished = true;
            throw e;
        }
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
        RopBatch batch = session.executor().newBatch();
        Outgoing outgoing = new Outgoing(batch, addOpening(batch, folderId));
        addStateUpload(outgoing);
        RopBatch.Ticket<RopFastTransferSourceGetBufferResponse> get = outgoing.addGetBuffer(MAX_BUFFER);
        try {
            acceptAll(outgoing.run(), get, true);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Adds RopOpenFolder, RopSynchronizationConfigure and the folder's release to {@code batch}. */
    private Opening addOpening(RopBatch batch, long folderId) {
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
        int id = RopBatch.LOGON_ID;
        int folder = batch.output();
        int sync = batch.output();
        RopBatch.Ticket<RopOpenFolderResponse> open = batch.add(
                new RopOpenFolderRequest(id, batch.input(session.logon()), folder, folderId, 0),
                RopOpenFolderResponse.class);
        RopBatch.Ticket<RopSynchronizationConfigureResponse> configure = batch.add(
                new RopSynchronizationConfigureRequest(id, folder, sync, hierarchy
                        ? RopSynchronizationConfigureRequest.HIERARCHY : RopSynchronizationConfigureRequest.CONTENTS,
                        SEND_UNICODE, flags, restrictionData(), extra, excluded),
                RopSynchronizationConfigureResponse.class);
        batch.add(new RopReleaseRequest(id, folder), RopResponse.class);
        return new Opening(open, configure, folder, sync);
    }

    /** The RestrictionData of a restricted contents download, else none. */
    private byte[] restrictionData() {
        return hierarchy ? new byte[0] : options.restriction().map(RestrictionCodec.ROP::encode).orElse(new byte[0]);
    }

    /** Bytes of the non-empty state properties. */
    private int stateBytes() {
        int bytes = 0;
        for (EncodedIdSet set : checkpoint.encodedSets()) {
            bytes += set.bytes().length;
        }
        return bytes;
    }

    /** Adds the non-empty state properties' upload, [MS-OXCFXICS] 3.3.5.8.2 to 3.3.5.8.4. */
    private void addStateUpload(Outgoing outgoing) {
        List<EncodedIdSet> sets = checkpoint.encodedSets();
        List<PropertyTag> tags = List.of(IcsStateProperties.IDSET_GIVEN, IcsStateProperties.CNSET_SEEN,
                IcsStateProperties.CNSET_SEEN_FAI, IcsStateProperties.CNSET_READ);
        for (int i = 0; i < (hierarchy ? 2 : tags.size()); i++) {
            byte[] value = sets.get(i).bytes();
            if (value.length == 0) {
                continue;
            }
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

        RopBatch.Ticket<RopFastTransferSourceGetBufferResponse> addGetBuffer(int maximumSize) {
            return batch.add(new RopFastTransferSourceGetBufferRequest(RopBatch.LOGON_ID, contextSlot(),
                    RopFastTransferSourceGetBufferRequest.USE_MAXIMUM_BUFFER_SIZE, maximumSize),
                    RopFastTransferSourceGetBufferResponse.class);
        }

        private int contextSlot() {
            return opening != null ? opening.contextSlot() : batch.input(context);
        }

        /** Runs the pending batch and {@link #settle}s it. */
        BatchResult run() {
            BatchResult result = session.executor().run(batch);
            batch = session.executor().newBatch();
            bytes = 0;
            settle(result);
            return result;
        }

        /**
         * Takes this download's answers from {@code result}: the opening's failure is thrown as
         * MapiOperationException, a refused state as IcsStateRejectedException (the context released).
         */
        void settle(BatchResult result) {
            if (opening != null) {
                answer(result, opening.open());
                result.claim(opening.folderSlot());
                answer(result, opening.configure());
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
        }
    }

    /**
     * The successful answer to {@code ticket}, read without letting a failure release the batch's other objects
     * (they may belong to other downloads of a shared start).
     */
    private static <T extends RopResponse> T answer(BatchResult result, RopBatch.Ticket<T> ticket) {
        RopResponse response = result.raw(ticket);
        String rop = ticket.request().ropId().specName();
        if (response == null) {
            throw new MapiProtocolException("the server did not answer " + rop);
        }
        if (response.returnValue() != 0) {
            throw new MapiOperationException(rop, response.returnValue());
        }
        if (!ticket.responseType().isInstance(response)) {
            throw new MapiProtocolException(rop + " was answered with " + response.getClass().getSimpleName());
        }
        return ticket.responseType().cast(response);
    }

    /** One RopFastTransferSourceGetBuffer, its data fed to the parser. */
    private void fetch() {
        RopBatch batch = session.executor().newBatch();
        RopBatch.Ticket<RopFastTransferSourceGetBufferResponse> get = batch.add(
                new RopFastTransferSourceGetBufferRequest(RopBatch.LOGON_ID, batch.input(context),
                        RopFastTransferSourceGetBufferRequest.USE_MAXIMUM_BUFFER_SIZE, MAX_BUFFER),
                RopFastTransferSourceGetBufferResponse.class);
        acceptAll(session.executor().run(batch), get, true);
    }

    /**
     * Feeds the answer to {@code get} and, when {@code last} (it was the batch's last ROP), the answers the server
     * chained after it ([MS-OXCRPC] 3.1.4.2.1.2).
     */
    private void acceptAll(BatchResult result, RopBatch.Ticket<RopFastTransferSourceGetBufferResponse> get,
                           boolean last) {
        accept(answer(result, get));
        for (RopResponse extra : last ? result.chained() : List.<RopResponse>of()) {
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
