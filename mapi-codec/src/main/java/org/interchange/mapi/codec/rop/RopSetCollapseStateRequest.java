package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetCollapseState request, [MS-OXCROPS] 2.2.5.19.1: a CollapseState from RopGetCollapseState. */
public record RopSetCollapseStateRequest(int logonId, int inputHandleIndex, byte[] collapseState)
        implements RopRequest {

    public RopSetCollapseStateRequest {
        collapseState = collapseState.clone();
    }

    @Override
    public byte[] collapseState() {
        return collapseState.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.SET_COLLAPSE_STATE;
    }

    static RopSetCollapseStateRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        byte[] collapseState = in.bytes(in.u16(), "RopSetCollapseState CollapseState");
        return new RopSetCollapseStateRequest(logonId, inputHandleIndex, collapseState);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(collapseState.length, "CollapseStateSize")).bytes(collapseState);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopSetCollapseStateRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex
                && Arrays.equals(r.collapseState, collapseState);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, Arrays.hashCode(collapseState));
    }

    @Override
    public String toString() {
        return "RopSetCollapseStateRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex +
                ", collapseState=" + HexFormat.of().formatHex(collapseState) + "]";
    }
}
