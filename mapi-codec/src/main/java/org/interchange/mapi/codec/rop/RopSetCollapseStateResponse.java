package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopSetCollapseState success response, [MS-OXCROPS] 2.2.5.19.2: a Bookmark of the restored cursor. */
public record RopSetCollapseStateResponse(int handleIndex, byte[] bookmark)
        implements RopResponse {

    public RopSetCollapseStateResponse {
        bookmark = bookmark.clone();
    }

    @Override
    public byte[] bookmark() {
        return bookmark.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.SET_COLLAPSE_STATE;
    }

    static RopSetCollapseStateResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        byte[] bookmark = in.bytes(in.u16(), "RopSetCollapseState Bookmark");
        return new RopSetCollapseStateResponse(handleIndex, bookmark);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(bookmark.length, "BookmarkSize")).bytes(bookmark);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopSetCollapseStateResponse r && r.handleIndex == handleIndex
                && Arrays.equals(r.bookmark, bookmark);
    }

    @Override
    public int hashCode() {
        return Objects.hash(handleIndex, Arrays.hashCode(bookmark));
    }

    @Override
    public String toString() {
        return "RopSetCollapseStateResponse[handleIndex=" + handleIndex +
                ", bookmark=" + HexFormat.of().formatHex(bookmark) + "]";
    }
}
