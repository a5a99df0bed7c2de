package org.interchange.mapi.server.rop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.rop.RopErrorResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ROPs of one request buffer in order through a table of handlers keyed by RopId,
 * [MS-OXCROPS] 2.2.1 and 3.2.5: RopRelease has no response, a ROP without handler answers
 * ecNotSupported, and once the response buffer is full the remaining ROPs answer ecBufferTooSmall.
 */
public final class RopDispatcher {
    /** ecError / MAPI_E_CALL_FAILED, [MS-OXCDATA] 2.4.1: an unexpected server failure. */
    private static final int CALL_FAILED = 0x80004005;
    private static final Logger LOG = LoggerFactory.getLogger(RopDispatcher.class);

    private final Map<RopId, RopHandler<?>> handlers = new EnumMap<>(RopId.class);

    public RopDispatcher(List<RopHandler<?>> handlerList) {
        for (RopHandler<?> h : handlerList) {
            if (handlers.putIfAbsent(h.ropId(), h) != null) {
                throw new IllegalArgumentException("two handlers for " + h.ropId());
            }
        }
    }

    /** The read-only handlers of this server, see {@link StandardRopHandlers}. */
    public static RopDispatcher standard(Clock clock) {
        return new RopDispatcher(StandardRopHandlers.all(clock));
    }

    /** Executes {@code requests} in order and returns their responses. */
    public List<RopResponse> execute(List<RopRequest> requests, RopContext context) {
        List<RopResponse> responses = new ArrayList<>();
        boolean full = false;
        for (RopRequest request : requests) {
            if (request instanceof RopReleaseRequest release) {
                context.release(release.inputHandleIndex());
                continue;
            }
            RopResponse response = full ? RopErrorResponse.of(request, RopErrors.BUFFER_TOO_SMALL)
                    : run(request, context);
            int size = encodedSize(response);
            if (!full && size > context.remainingBytes()) {
                full = true;
                response = RopErrorResponse.of(request, RopErrors.BUFFER_TOO_SMALL);
                size = encodedSize(response);
            }
            context.consume(size);
            responses.add(response);
        }
        return responses;
    }

    private RopResponse run(RopRequest request, RopContext context) {
        RopHandler<?> handler = handlers.get(request.ropId());
        if (handler == null) {
            return RopErrorResponse.of(request, RopErrors.NOT_SUPPORTED);
        }
        try {
            return invoke(handler, request, context);
        } catch (RopFailure failure) {
            return RopErrorResponse.of(request, failure.returnValue());
        } catch (StoreException | MapiCodecException | IllegalArgumentException e) {
            LOG.warn("{} failed: {}", request.ropId(), e.toString());
            return RopErrorResponse.of(request, CALL_FAILED);
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
