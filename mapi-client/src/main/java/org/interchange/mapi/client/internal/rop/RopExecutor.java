package org.interchange.mapi.client.internal.rop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.client.MapiServerBusyException;
import org.interchange.mapi.client.internal.http.MapiHttpTransport;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.BackoffRop;
import org.interchange.mapi.codec.rop.RopBackoffResponse;
import org.interchange.mapi.codec.rop.RopBufferTooSmallResponse;
import org.interchange.mapi.codec.rop.RopNotifyResponse;
import org.interchange.mapi.codec.rop.RopPendingResponse;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.TableColumns;
import org.interchange.mapi.codec.rop.UnsolicitedRopException;
import org.interchange.mapi.codec.rop.UnsupportedRopException;

/**
 * Runs {@link RopBatch}es over Execute, [MS-OXCROPS] 2.2.1 and 3.1.4: encodes the ROP input buffer,
 * matches each response to its request, resends requests the server left unanswered with
 * RopBufferTooSmall, decodes responses chained after the last ROP and keeps the queue of objects
 * to release. One executor per session; calls are serialized.
 */
public final class RopExecutor {
    /**
     * Most releases put in front of one batch: handle table indexes are one byte ([MS-OXCROPS]
     * 2.2.1), so the slots the batch itself needs must stay free.
     */
    static final int MAX_RELEASES_PER_BATCH = 64;
    /** Bound on RopBufferTooSmall resends of one batch. */
    private static final int MAX_RESENDS = 8;

    private final MapiHttpTransport transport;
    private final ReleaseQueue releases = new ReleaseQueue();
    private final List<RopNotifyResponse> notifications = new ArrayList<>();

    public RopExecutor(MapiHttpTransport transport) {
        this.transport = transport;
    }

    /** A new batch that starts with the queued releases. */
    public RopBatch newBatch() {
        return new RopBatch(releases.drain(MAX_RELEASES_PER_BATCH));
    }

    public ReleaseQueue releases() {
        return releases;
    }

    /** Executes the batch; failures of single ROPs surface when their responses are read. */
    public synchronized BatchResult run(RopBatch batch) {
        List<RopRequest> requests = batch.requests();
        RopResponse[] responses = new RopResponse[requests.size()];
        int[] handles = batch.handleTable();
        List<RopResponse> chained = new ArrayList<>();
        Map<Integer, List<PropertyTag>> columnsSet = new HashMap<>();
        TableColumns columns = slot -> Optional.ofNullable(columnsSet.containsKey(slot) ? columnsSet.get(slot)
                : batch.columnsAt(slot));
        int first = 0;
        for (int round = 0; first < requests.size(); round++) {
            if (round > MAX_RESENDS) {
                throw new MapiProtocolException("the server kept answering RopBufferTooSmall");
            }
            List<RopRequest> sent = requests.subList(first, requests.size());
            List<byte[]> payloads = transport.execute(new RopRequestBuffer(sent, handles).encode());
            Decoded decoded = decode(payloads.getFirst(), sent, columns);
            notifications.addAll(decoded.notifications());
            handles = mergeHandles(handles, decoded.handles());
            int answeredUpTo = place(decoded.responses(), sent, responses, first);
            rememberColumns(requests, responses, first, answeredUpTo, columnsSet);
            if (!decoded.resendRest()) {
                for (byte[] extra : payloads.subList(1, payloads.size())) {
                    chained.addAll(decode(extra, List.of(requests.getLast()), columns).responses());
                }
                break;
            }
            if (decoded.responses().isEmpty()) {
                throw new MapiProtocolException("RopBufferTooSmall without progress: a single ROP response "
                        + "exceeds the output buffer");
            }
            first = answeredUpTo;
        }
        return new BatchResult(requests, responses, handles, chained, releases);
    }

    private record Decoded(List<RopResponse> responses, int[] handles, boolean resendRest,
                           List<RopNotifyResponse> notifications) {
    }

    /** The RopNotify responses received since the last call, oldest first ([MS-OXCNOTIF] 3.1.5). */
    public synchronized List<RopNotifyResponse> drainNotifications() {
        List<RopNotifyResponse> out = List.copyOf(notifications);
        notifications.clear();
        return out;
    }

    /**
     * Columns set by RopSetColumns requests answered so far, for decoding rows of responses that
     * come in a later buffer (a resend after RopBufferTooSmall, or chained QueryRows).
     */
    private static void rememberColumns(List<RopRequest> requests, RopResponse[] responses, int from, int to,
                                        Map<Integer, List<PropertyTag>> columnsSet) {
        for (int i = from; i < to; i++) {
            if (requests.get(i) instanceof RopSetColumnsRequest set && responses[i] != null
                    && responses[i].returnValue() == 0) {
                columnsSet.put(set.inputHandleIndex(), set.propertyTags());
            }
        }
    }

    private static Decoded decode(byte[] payload, List<RopRequest> sent, TableColumns columns) {
        try {
            RopResponseBuffer buffer = RopResponseBuffer.decode(payload, sent, columns);
            return interpret(buffer.rops(), buffer.handles());
        } catch (UnsolicitedRopException e) {
            // Decoding stops at a response the server sent on its own ([MS-OXCROPS] 3.1.5.1); RopNotify
            // (not decoded, and this client registers for no notifications) ends the useful part.
            List<RopResponse> all = new ArrayList<>(e.responsesBefore());
            e.response().ifPresent(all::add);
            return interpret(all, handleTableOf(payload));
        } catch (UnsupportedRopException e) {
            throw new MapiProtocolException("the server answered with a ROP this client cannot read: "
                    + e.getMessage(), e);
        } catch (MapiCodecException e) {
            throw new MapiProtocolException("malformed ROP output buffer: " + e.getMessage(), e);
        }
    }

    /**
     * Separates the responses the server sent on its own, [MS-OXCROPS] 3.1.5.1: RopBackoff raises
     * {@link MapiServerBusyException} with the longest delay it names, RopBufferTooSmall asks for
     * the unanswered requests to be sent again, RopPending is dropped, RopNotify is kept for
     * {@link #drainNotifications()}.
     */
    private static Decoded interpret(List<RopResponse> all, int[] handles) {
        List<RopResponse> answers = new ArrayList<>();
        List<RopNotifyResponse> notifies = new ArrayList<>();
        boolean resendRest = false;
        for (RopResponse response : all) {
            switch (response) {
                case RopBackoffResponse backoff -> {
                    long millis = backoff.duration();
                    for (BackoffRop rop : backoff.backoffRops()) {
                        millis = Math.max(millis, rop.duration());
                    }
                    throw new MapiServerBusyException("the server sent RopBackoff", Duration.ofMillis(millis));
                }
                case RopBufferTooSmallResponse tooSmall -> resendRest = true;
                case RopPendingResponse pending -> { }
                case RopNotifyResponse notify -> notifies.add(notify);
                default -> answers.add(response);
            }
        }
        return new Decoded(answers, handles, resendRest, notifies);
    }

    /** The server object handle table after RopSize and RopsList, [MS-OXCROPS] 2.2.1. */
    private static int[] handleTableOf(byte[] payload) {
        try {
            ByteReader in = new ByteReader(payload);
            in.skip(in.u16() - 2);
            if (in.remaining() % 4 != 0) {
                throw new MapiProtocolException("server object handle table of " + in.remaining()
                        + " bytes is not a whole number of handles");
            }
            int[] handles = new int[in.remaining() / 4];
            for (int i = 0; i < handles.length; i++) {
                handles[i] = in.i32();
            }
            return handles;
        } catch (MapiCodecException e) {
            throw new MapiProtocolException("malformed ROP output buffer: " + e.getMessage(), e);
        }
    }

    /** The server may shorten the table when trailing entries went unused, [MS-OXCROPS] 3.2.5.2. */
    private static int[] mergeHandles(int[] sent, int[] returned) {
        int[] merged = sent.clone();
        System.arraycopy(returned, 0, merged, 0, Math.min(returned.length, merged.length));
        return merged;
    }

    /**
     * Stores the responses at the indexes of the requests they answer (the next request with the
     * same RopId, as the codec matched them) and returns the index after the last answered request.
     */
    private static int place(List<RopResponse> decoded, List<RopRequest> sent, RopResponse[] all, int offset) {
        int next = 0;
        int answeredUpTo = offset;
        for (RopResponse response : decoded) {
            while (next < sent.size() && (sent.get(next).ropId() != response.ropId()
                    || !sent.get(next).ropId().hasResponse())) {
                next++;
            }
            if (next == sent.size()) {
                throw new MapiProtocolException(response.ropId() + " response matches no request");
            }
            all[offset + next] = response;
            next++;
            answeredUpTo = offset + next;
        }
        return answeredUpTo;
    }
}
