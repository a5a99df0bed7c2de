package org.interchange.mapi.client.internal.rop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;

/**
 * The ROP requests of one Execute with their server object handle table, [MS-OXCROPS] 2.2.1 and
 * 3.1.4.1: objects already open take an input slot holding their handle, objects a ROP opens take
 * an output slot (0xFFFFFFFF until the server fills it), so chains like OpenFolder, GetContentsTable,
 * SetColumns, QueryRows travel together. Queued RopRelease requests go first.
 */
public final class RopBatch {
    /** The handle table value of a slot the server has yet to fill. */
    static final int EMPTY_SLOT = 0xFFFFFFFF;
    /** Every ROP this client sends belongs to its single logon. */
    public static final int LOGON_ID = 0;

    private final List<RopRequest> requests = new ArrayList<>();
    private final List<Integer> handles = new ArrayList<>();
    private final Map<ServerObject, Integer> inputSlots = new IdentityHashMap<>();
    private final Map<Integer, ServerTable> tablesBySlot = new HashMap<>();

    RopBatch(List<ServerObject> releases) {
        for (ServerObject object : releases) {
            requests.add(new RopReleaseRequest(LOGON_ID, input(object)));
        }
    }

    /** Handle table indexes are one byte, [MS-OXCROPS] 2.2.1. */
    static final int MAX_SLOTS = 256;

    /** The slot holding an open object's handle (the same slot when asked twice). */
    public int input(ServerObject object) {
        return inputSlots.computeIfAbsent(object, o -> slot(o.handle()));
    }

    /** The slot holding an open table's handle; its columns are known to the response decoder. */
    public int input(ServerTable table) {
        int slot = input(table.object());
        tablesBySlot.put(slot, table);
        return slot;
    }

    /** A fresh slot for an object a ROP of this batch will open. */
    public int output() {
        return slot(EMPTY_SLOT);
    }

    private int slot(int handle) {
        if (handles.size() == MAX_SLOTS) {
            throw new IllegalStateException("a ROP batch cannot use more than " + MAX_SLOTS + " handle slots");
        }
        handles.add(handle);
        return handles.size() - 1;
    }

    /** Adds a request and returns the ticket for its response. */
    public <T extends RopResponse> Ticket<T> add(RopRequest request, Class<T> responseType) {
        requests.add(request);
        return new Ticket<>(requests.size() - 1, responseType, request);
    }

    List<RopRequest> requests() {
        return List.copyOf(requests);
    }

    int[] handleTable() {
        return handles.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Columns of an already-open table at {@code slot}, for decoding its rows. */
    List<PropertyTag> columnsAt(int slot) {
        ServerTable table = tablesBySlot.get(slot);
        return table == null ? null : table.columns();
    }

    /** Identifies one request of a batch and the response type expected for it. */
    public record Ticket<T extends RopResponse>(int index, Class<T> responseType, RopRequest request) {
    }
}
