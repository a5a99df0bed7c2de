package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A ROP input buffer, [MS-OXCROPS] 2.2.1 and [MS-OXCRPC] 3.1.4.2: RopSize (uint16, counting itself
 * and the ROPs), the ROP requests, then the server object handle table (uint32 each).
 */
public record RopRequestBuffer(List<RopRequest> rops, int[] handles) {

    public RopRequestBuffer {
        rops = FrozenList.copyOf(rops);
        handles = handles.clone();
    }

    @Override
    public int[] handles() {
        return handles.clone();
    }

    /** Client side: the bytes of this buffer. */
    public byte[] encode() {
        return RopBuffers.encode(rops, RopRequest::encode, handles, "requests");
    }

    /**
     * Server side: decodes a request buffer.
     *
     * @throws UnsupportedRopException at the first ROP this codec cannot decode, with the ones before it
     * @throws MapiCodecException      for malformed bytes
     */
    public static RopRequestBuffer decode(byte[] buffer) {
        return decode(buffer, RequestContext.none());
    }

    /**
     * Server side: decodes a request buffer, reading the layouts that depend on the logon with the
     * LogonFlags of RopLogon requests earlier in the buffer, or else with {@code logons}.
     *
     * @throws UnsupportedRopException at the first ROP this codec cannot decode, with the ones before it
     * @throws MapiCodecException      for malformed bytes, or a logon-dependent ROP on an unknown logon
     */
    public static RopRequestBuffer decode(byte[] buffer, RequestContext logons) {
        ByteReader in = new ByteReader(buffer);
        ByteReader ropsList = RopBuffers.ropsList(in);
        RopRequest[] rops = new RopRequest[16];
        int count = 0;
        RequestContext context = logons;
        while (ropsList.hasRemaining()) {
            RopRequest rop;
            try {
                rop = RopCodecs.decodeRequest(ropsList, context);
            } catch (UnsupportedRopException e) {
                throw new UnsupportedRopException(e.ropIdCode(), e.offset(),
                        FrozenList.adopt(Arrays.copyOf(rops, count)), List.of());
            }
            if (rop instanceof RopLogonRequest logon) {
                LogonsInBuffer inBuffer = context instanceof LogonsInBuffer known ? known : new LogonsInBuffer(logons);
                inBuffer.add(logon);
                context = inBuffer;
            }
            if (count == rops.length) {
                rops = Arrays.copyOf(rops, count * 2);
            }
            rops[count++] = rop;
        }
        return new RopRequestBuffer(FrozenList.adopt(Arrays.copyOf(rops, count)), RopBuffers.handleTable(in));
    }

    /** The LogonFlags of RopLogon requests met so far in the buffer, before those the caller knows. */
    private static final class LogonsInBuffer implements RequestContext {
        private final RequestContext known;
        private final Map<Integer, Integer> flags = new HashMap<>(4);

        LogonsInBuffer(RequestContext known) {
            this.known = known;
        }

        void add(RopLogonRequest logon) {
            flags.put(logon.logonId(), logon.logonFlags());
        }

        @Override
        public Optional<Integer> logonFlags(int logonId) {
            Integer inBuffer = flags.get(logonId);
            return inBuffer != null ? Optional.of(inBuffer) : known.logonFlags(logonId);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopRequestBuffer b && rops.equals(b.rops) && Arrays.equals(handles, b.handles);
    }

    @Override
    public int hashCode() {
        return rops.hashCode() * 31 + Arrays.hashCode(handles);
    }

    @Override
    public String toString() {
        return "RopRequestBuffer[rops=" + rops + ", handles=" + Arrays.toString(handles) + "]";
    }
}
