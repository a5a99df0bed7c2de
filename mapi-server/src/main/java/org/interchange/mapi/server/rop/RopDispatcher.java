package org.interchange.mapi.server.rop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.rop.RopBufferTooSmallResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.mail.OutboundMail;
import org.interchange.mapi.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ROPs of one request buffer in order through a table of handlers keyed by RopId,
 * [MS-OXCROPS] 2.2.1 and 3.2.5: RopRelease has no response, a ROP without handler answers
 * ecNotSupported, and once the response buffer is full RopBufferTooSmall hands the rest back.
 */
public final class RopDispatcher {
    /** ecError / MAPI_E_CALL_FAILED, [MS-OXCDATA] 2.4.1: an unexpected server failure. */
    private static final int CALL_FAILED = 0x80004005;
    /** RopSize, the 2 bytes before the RopsList, [MS-OXCROPS] 2.2.1. */
    private static final int ROP_SIZE_FIELD = 2;
    /** The size asked for when a handler found no room at all: a whole output buffer. */
    private static final int NO_ROOM_SIZE = 0x8000;
    private static final Logger LOG = LoggerFactory.getLogger(RopDispatcher.class);

    private final Map<RopId, RopHandler<?>> handlers = new EnumMap<>(RopId.class);

    public RopDispatcher(List<RopHandler<?>> handlerList) {
        for (RopHandler<?> h : handlerList) {
            if (handlers.putIfAbsent(h.ropId(), h) != null) {
                throw new IllegalArgumentException("two handlers for " + h.ropId());
            }
        }
    }

    /** The handlers of this server without a mail gateway, see {@link StandardRopHandlers}. */
    public static RopDispatcher standard(Clock clock) {
        return standard(clock, Optional.empty());
    }

    /** The handlers of this server; submitted mail is relayed through {@code outbound} when present. */
    public static RopDispatcher standard(Clock clock, Optional<OutboundMail> outbound) {
        return new RopDispatcher(StandardRopHandlers.all(clock, outbound));
    }

    /**
     * Executes {@code requests} in order and returns their responses. When a response does not fit
     * the room left, it is replaced by RopBufferTooSmall ([MS-OXCROPS] 2.2.15.1) carrying the size
     * it needed and the request ROPs from that one on, which are not executed; the client resends them.
     */
    public List<RopResponse> execute(List<RopRequest> requests, RopContext context) {
        List<RopResponse> responses = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            RopRequest request = requests.get(i);
            if (request instanceof RopReleaseRequest release) {
                context.release(release.inputHandleIndex());
                continue;
            }
            RopResponse response = run(request, context);
            int size = response == null ? NO_ROOM_SIZE : encodedSize(response);
            if (size > context.remainingBytes()) {
                responses.add(tooSmall(requests.subList(i, requests.size()), context.usedBytes() + size));
                return responses;
            }
            context.consume(size);
            responses.add(response);
        }
        return responses;
    }

    /** {@code sizeNeeded}: the bytes of the responses so far and of the one that did not fit. */
    private static RopBufferTooSmallResponse tooSmall(List<RopRequest> unprocessed, int sizeNeeded) {
        ByteWriter w = new ByteWriter();
        unprocessed.forEach(r -> r.encode(w));
        return new RopBufferTooSmallResponse(Math.min(sizeNeeded + ROP_SIZE_FIELD, 0xFFFF), w.toByteArray());
    }

    /** The response, or null when the handler found no room for it in the output buffer. */
    private RopResponse run(RopRequest request, RopContext context) {
        RopHandler<?> handler = handlers.get(request.ropId());
        if (handler == null) {
            return FailureResponses.of(request, RopErrors.NOT_SUPPORTED);
        }
        try {
            return invoke(handler, request, context);
        } catch (RopFailure failure) {
            if (failure.returnValue() == RopErrors.BUFFER_TOO_SMALL) {
                return null;
            }
            return FailureResponses.of(request, failure.returnValue());
        } catch (StoreException | MapiCodecException | IllegalArgumentException e) {
            LOG.warn("{} failed: {}", request.ropId(), e.toString());
            return FailureResponses.of(request, CALL_FAILED);
        }
    }

    private static <R extends RopRequest> RopResponse invoke(RopHandler<R> handler, RopRequest request,
            RopContext context) {
        return handler.handle(handler.requestType().cast(request), context);
    }

    private static int encodedSize(RopResponse response) {
        ByteWriter w = new ByteWriter();
        response.encode(w);
        return w.size();
    }
}
