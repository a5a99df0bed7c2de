package org.interchange.mapi.client.internal.rop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiProtocolException;
import org.interchange.mapi.codec.rop.OpensObject;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;

/**
 * The responses of one executed {@link RopBatch}, [MS-OXCROPS] 2.2.1 and 3.1.5: each request's
 * response (RopRelease has none), the objects the batch opened and the responses the server
 * chained to the last ROP ([MS-OXCRPC] 3.1.4.2.1.2). A failed response is reported as
 * {@link MapiOperationException}; every object the batch opened is then queued for release.
 */
public final class BatchResult {
    private final List<RopRequest> requests;
    private final RopResponse[] responses;
    private final int[] handles;
    private final List<RopResponse> chained;
    private final ReleaseQueue releases;
    private final Map<Integer, ServerObject> opened = new LinkedHashMap<>();
    private final List<ServerObject> claimed = new ArrayList<>();

    BatchResult(List<RopRequest> requests, RopResponse[] responses, int[] handles, List<RopResponse> chained,
                ReleaseQueue releases) {
        this.requests = requests;
        this.responses = responses;
        this.handles = handles;
        this.chained = List.copyOf(chained);
        this.releases = releases;
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) instanceof OpensObject opens && responses[i] != null
                    && responses[i].returnValue() == 0) {
                int slot = opens.outputHandleIndex();
                if (slot >= handles.length) {
                    throw new MapiProtocolException("the server's handle table has " + handles.length
                            + " entries, but " + requests.get(i).ropId() + " opened slot " + slot);
                }
                opened.put(slot, new ServerObject(handles[slot]));
            }
        }
    }

    /** The successful response to a request, or the failure as {@link MapiOperationException}. */
    public <T extends RopResponse> T get(RopBatch.Ticket<T> ticket) {
        RopResponse response = responses[ticket.index()];
        if (response == null) {
            fail();
            throw new MapiProtocolException("the server did not answer " + ticket.request().ropId());
        }
        if (response.returnValue() != 0) {
            fail();
            throw new MapiOperationException(ticket.request().ropId().specName(), response.returnValue());
        }
        if (!ticket.responseType().isInstance(response)) {
            fail();
            throw new MapiProtocolException(ticket.request().ropId() + " was answered with "
                    + response.getClass().getSimpleName());
        }
        return ticket.responseType().cast(response);
    }

    /** The raw response (success or failure) to a request, or null when the server sent none. */
    public RopResponse raw(RopBatch.Ticket<?> ticket) {
        return responses[ticket.index()];
    }

    /** Takes ownership of the object opened into {@code slot}; the caller must release it. */
    public ServerObject claim(int slot) {
        ServerObject object = opened.get(slot);
        if (object == null) {
            fail();
            throw new MapiProtocolException("no object was opened into handle slot " + slot);
        }
        claimed.add(object);
        return object;
    }

    /** Responses the server chained after the last ROP, in order. */
    public List<RopResponse> chained() {
        return chained;
    }

    /** Queues every object the batch opened and the caller did not claim for release. */
    public void releaseUnclaimed() {
        for (ServerObject object : opened.values()) {
            if (!claimed.contains(object)) {
                releases.add(object);
            }
        }
    }

    private void fail() {
        opened.values().forEach(releases::add);
        opened.clear();
    }
}
