package org.interchange.mapi.client.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.client.internal.session.SessionContext;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;

/**
 * Queues ROPs into as few Executes as the ROP input buffer allows, [MS-OXCROPS] 2.2.1 and 3.1.4.1:
 * a batch is sent when the next request would pass {@link #MAX_REQUEST_BYTES}; objects opened in
 * one batch are claimed and used through their handles in the next. Every response is checked;
 * the first failure throws {@code MapiOperationException}.
 */
final class RopPipeline {
    /** ROP request bytes per Execute, leaving room in the 32 KB buffer for the handle table. */
    static final int MAX_REQUEST_BYTES = 24 * 1024;

    private final SessionContext session;
    private final List<Pending<?>> pending = new ArrayList<>();
    private final List<Ref> openedHere = new ArrayList<>();
    private RopBatch batch;
    private int bytes;

    RopPipeline(SessionContext session) {
        this.session = session;
    }

    /** A server object: opened by a ROP of the current batch (slot known) or an earlier one (object known). */
    static final class Ref {
        private int outputSlot = -1;
        private ServerObject object;

        private Ref() {
        }

        static Ref of(ServerObject object) {
            Ref ref = new Ref();
            ref.object = object;
            return ref;
        }
    }

    /** The logon object of the session. */
    Ref logon() {
        return Ref.of(session.logon());
    }

    /** Adds a ROP that opens an object; {@code request} gets (input slot, output slot). */
    <T extends RopResponse> Ref open(Ref input, OpenRequest request, Class<T> responseType, Consumer<T> onResponse) {
        RopRequest probe = request.make(0, 0);
        room(size(probe));
        Ref ref = new Ref();
        int in = slot(input);
        ref.outputSlot = batch.output();
        add(request.make(in, ref.outputSlot), responseType, onResponse);
        openedHere.add(ref);
        return ref;
    }

    /** Adds a ROP on an open object; {@code request} gets its input slot. */
    <T extends RopResponse> void call(Ref input, IntFunction<RopRequest> request, Class<T> responseType,
            Consumer<T> onResponse) {
        room(size(request.apply(0)));
        add(request.apply(slot(input)), responseType, onResponse);
    }

    /** Adds a ROP on two open objects (source and destination); {@code request} gets both slots. */
    <T extends RopResponse> void call2(Ref first, Ref second, TwoSlots request, Class<T> responseType,
            Consumer<T> onResponse) {
        room(size(request.make(0, 0)));
        add(request.make(slot(first), slot(second)), responseType, onResponse);
    }

    /** Releases an object (RopRelease, no response). */
    void release(Ref ref) {
        room(3);
        batch.add(new RopReleaseRequest(RopBatch.LOGON_ID, slot(ref)), RopResponse.class);
    }

    /** Sends what is queued. */
    void flush() {
        if (batch == null) {
            return;
        }
        RopBatch sent = batch;
        List<Pending<?>> answered = List.copyOf(pending);
        List<Ref> opened = List.copyOf(openedHere);
        batch = null;
        bytes = 0;
        pending.clear();
        openedHere.clear();
        BatchResult result = session.executor().run(sent);
        for (Pending<?> p : answered) {
            p.deliver(result);
        }
        for (Ref ref : opened) {
            ref.object = result.claim(ref.outputSlot);
            ref.outputSlot = -1;
        }
    }

    @FunctionalInterface
    interface OpenRequest {
        RopRequest make(int inputSlot, int outputSlot);
    }

    @FunctionalInterface
    interface TwoSlots {
        RopRequest make(int firstSlot, int secondSlot);
    }

    private <T extends RopResponse> void add(RopRequest request, Class<T> responseType, Consumer<T> onResponse) {
        pending.add(new Pending<>(batch.add(request, responseType), onResponse));
    }

    private int slot(Ref ref) {
        return ref.outputSlot >= 0 ? ref.outputSlot : batch.input(ref.object);
    }

    /** Starts a new batch when {@code size} more bytes would not fit the current one. */
    private void room(int size) {
        if (batch != null && bytes + size > MAX_REQUEST_BYTES) {
            flush();
        }
        if (batch == null) {
            batch = session.executor().newBatch();
        }
        bytes += size;
    }

    private static int size(RopRequest request) {
        ByteWriter w = new ByteWriter();
        request.encode(w);
        return w.size();
    }

    private record Pending<T extends RopResponse>(RopBatch.Ticket<T> ticket, Consumer<T> onResponse) {
        void deliver(BatchResult result) {
            T response = result.get(ticket);
            if (onResponse != null) {
                onResponse.accept(response);
            }
        }
    }
}
