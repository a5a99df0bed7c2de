package org.interchange.mapi.server.rop.oxcfxics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferRequest;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferResponse;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopDispatcher;

/**
 * Response chaining for FastTransfer downloads, [MS-OXCRPC] 3.1.4.2.1.2 and [MS-OXCFXICS] 2.2.3.1.1.5: when the
 * client allowed chaining (Execute flag Chain) and its last ROP was a RopFastTransferSourceGetBuffer that left the
 * stream Partial, the server runs that ROP again and adds each answer as one more ROP output buffer, while the
 * client's MaxRopOut has room, so one Execute carries up to MaxRopOut bytes of the stream instead of 32 KB.
 */
public final class GetBufferChain {
    private GetBufferChain() {
    }

    /**
     * The extra ROP output buffers after the first one (none unless {@code responses}, the dispatcher's answers to
     * {@code requests}, end with a successful Partial answer to a last RopFastTransferSourceGetBuffer), each holding one RopFastTransferSourceGetBuffer response
     * and the handle table; {@code contexts} makes a fresh context with the given response budget for each.
     *
     * @param room         bytes the extra buffers may take in all (each also costs {@code perBufferOverhead})
     * @param bufferBudget most bytes of one ROP output buffer
     */
    public static List<byte[]> after(List<RopRequest> requests, List<RopResponse> responses, RopDispatcher dispatcher,
                                     IntFunction<RopContext> contexts, long room, int bufferBudget,
                                     int perBufferOverhead) {
        List<byte[]> extra = new ArrayList<>();
        if (requests.isEmpty() || !(requests.getLast() instanceof RopFastTransferSourceGetBufferRequest get)
                || responses.isEmpty() || !partial(responses.getLast())) {
            return extra;
        }
        long left = room;
        while (left >= (long) bufferBudget + perBufferOverhead) {
            RopContext context = contexts.apply(bufferBudget);
            List<RopResponse> answer = dispatcher.execute(List.of(get), context);
            if (answer.size() != 1 || !(answer.getFirst() instanceof RopFastTransferSourceGetBufferResponse r)
                    || r.returnValue() != 0) {
                break;
            }
            byte[] buffer = new RopResponseBuffer(answer, context.handles()).encode();
            extra.add(buffer);
            left -= buffer.length + perBufferOverhead;
            if (!partial(answer.getFirst())) {
                break;
            }
        }
        return extra;
    }

    private static boolean partial(RopResponse response) {
        return response instanceof RopFastTransferSourceGetBufferResponse r && r.returnValue() == 0
                && r.transferStatus() == RopFastTransferSourceGetBufferResponse.STATUS_PARTIAL;
    }
}
