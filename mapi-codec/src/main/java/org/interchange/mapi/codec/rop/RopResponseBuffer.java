package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * A ROP output buffer, [MS-OXCROPS] 2.2.1 and [MS-OXCRPC] 3.1.4.2: RopSize, the ROP responses in
 * request order (RopRelease has none), then the server object handle table.
 */
public record RopResponseBuffer(List<RopResponse> rops, int[] handles) {

    public RopResponseBuffer {
        rops = FrozenList.copyOf(rops);
        handles = handles.clone();
    }

    @Override
    public int[] handles() {
        return handles.clone();
    }

    /** Server side: the bytes of this buffer. */
    public byte[] encode() {
        return RopBuffers.encode(rops, RopResponse::encode, handles, "responses");
    }

    /**
     * Client side: decodes the responses to {@code requests} (the requests of the buffer sent, in
     * order). Each response is matched with the next request of the same RopId; RopBackoff,
     * RopBufferTooSmall, RopPending and RopNotify, which the server adds on its own, are decoded in
     * place and match no request. Table rows are
     * decoded with the columns of RopSetColumns requests earlier in {@code requests}, or else with
     * {@code columns}.
     *
     * @throws UnsupportedRopException at a response this codec cannot decode, with the ones before it
     * @throws MapiCodecException      for malformed bytes or a response no request asked for
     */
    public static RopResponseBuffer decode(byte[] buffer, List<RopRequest> requests, TableColumns columns) {
        ByteReader in = new ByteReader(buffer);
        ByteReader ropsList = RopBuffers.ropsList(in);
        List<RopResponse> responses = new ArrayList<>();
        Map<Integer, List<PropertyTag>> setColumns = new HashMap<>();
        int next = 0;
        while (ropsList.hasRemaining()) {
            int offset = ropsList.position();
            int code = ropsList.peekU8();
            if (RopCodecs.isUnsolicited(code)) {
                responses.add(RopCodecs.decodeUnsolicited(ropsList, responses));
                continue;
            }
            int match = next;
            while (match < requests.size()
                    && (requests.get(match).ropId().code() != code || !requests.get(match).ropId().hasResponse())) {
                match++;
            }
            if (match == requests.size()) {
                if (RopId.fromCode(code).flatMap(RopCodecs::forId).isEmpty()) {
                    throw new UnsupportedRopException(code, offset, List.of(), responses);
                }
                throw new MapiCodecException(String.format(
                        "response RopId 0x%02X at offset %d answers none of the remaining requests", code, offset));
            }
            RopRequest request = requests.get(match);
            next = match + 1;
            int index = request.inputHandleIndex();
            List<PropertyTag> known = setColumns.containsKey(index) ? setColumns.get(index)
                    : columns.columnsAt(index).orElse(null);
            RopResponse response = RopCodecs.decodeResponse(ropsList, new ResponseContext(request, known), responses);
            responses.add(response);
            track(setColumns, request, response);
        }
        return new RopResponseBuffer(FrozenList.adopt(responses.toArray(RopResponse[]::new)), RopBuffers.handleTable(in));
    }

    /** Client side: {@link #decode(byte[], List, TableColumns)} when no table columns are known beforehand. */
    public static RopResponseBuffer decode(byte[] buffer, List<RopRequest> requests) {
        return decode(buffer, requests, TableColumns.none());
    }

    private static void track(Map<Integer, List<PropertyTag>> setColumns, RopRequest request, RopResponse response) {
        if (request instanceof OpensObject opens) {
            setColumns.remove(opens.outputHandleIndex());
        }
        if (request instanceof RopSetColumnsRequest set && response.returnValue() == 0) {
            setColumns.put(set.inputHandleIndex(), set.propertyTags());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopResponseBuffer b && rops.equals(b.rops) && Arrays.equals(handles, b.handles);
    }

    @Override
    public int hashCode() {
        return rops.hashCode() * 31 + Arrays.hashCode(handles);
    }

    @Override
    public String toString() {
        return "RopResponseBuffer[rops=" + rops + ", handles=" + Arrays.toString(handles) + "]";
    }
}
