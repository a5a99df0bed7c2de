package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopBufferTooSmall, [MS-OXCROPS] 2.2.15.1: the last response of an output buffer too small for all
 * responses; SizeNeeded, then the request ROPs the server did not process (to the end of RopsList),
 * which the client resends. It answers no particular request and carries no handle index
 * ({@link #handleIndex()} is -1).
 */
public record RopBufferTooSmallResponse(int sizeNeeded, byte[] requestBuffers) implements RopResponse {

    public RopBufferTooSmallResponse {
        RopWire.u16(sizeNeeded, "SizeNeeded");
        requestBuffers = requestBuffers.clone();
    }

    @Override
    public byte[] requestBuffers() {
        return requestBuffers.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.BUFFER_TOO_SMALL;
    }

    @Override
    public int handleIndex() {
        return -1;
    }

    static RopBufferTooSmallResponse decode(ByteReader in) {
        int sizeNeeded = in.u16();
        return new RopBufferTooSmallResponse(sizeNeeded, in.bytes(in.remaining()));
    }

    @Override
    public void encode(ByteWriter out) {
        out.u8(ropId().code()).u16(sizeNeeded).bytes(requestBuffers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopBufferTooSmallResponse r && r.sizeNeeded == sizeNeeded
                && Arrays.equals(r.requestBuffers, requestBuffers);
    }

    @Override
    public int hashCode() {
        return sizeNeeded * 31 + Arrays.hashCode(requestBuffers);
    }

    @Override
    public String toString() {
        return "RopBufferTooSmallResponse[sizeNeeded=" + sizeNeeded + ", requestBuffers="
                + HexFormat.of().formatHex(requestBuffers) + "]";
    }
}
