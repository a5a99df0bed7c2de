package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetCollapseState success response, [MS-OXCROPS] 2.2.5.18.2: the opaque CollapseState. */
public record RopGetCollapseStateResponse(int handleIndex, byte[] collapseState)
        implements RopResponse {

    public RopGetCollapseStateResponse {
        collapseState = collapseState.clone();
    }

    @Override
    public byte[] collapseState() {
        return collapseState.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.GET_COLLAPSE_STATE;
    }

    static RopGetCollapseStateResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        byte[] collapseState = in.bytes(in.u16(), "RopGetCollapseState CollapseState");
        return new RopGetCollapseStateResponse(handleIndex, collapseState);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(collapseState.length, "CollapseStateSize")).bytes(collapseState);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopGetCollapseStateResponse r && r.handleIndex == handleIndex
                && Arrays.equals(r.collapseState, collapseState);
    }

    @Override
    public int hashCode() {
        return Objects.hash(handleIndex, Arrays.hashCode(collapseState));
    }

    @Override
    public String toString() {
        return "RopGetCollapseStateResponse[handleIndex=" + handleIndex +
                ", collapseState=" + HexFormat.of().formatHex(collapseState) + "]";
    }
}
