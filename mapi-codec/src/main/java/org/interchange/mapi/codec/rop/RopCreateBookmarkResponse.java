package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopCreateBookmark success response, [MS-OXCROPS] 2.2.5.11.2: the Bookmark of the current row. */
public record RopCreateBookmarkResponse(int handleIndex, byte[] bookmark)
        implements RopResponse {

    public RopCreateBookmarkResponse {
        bookmark = bookmark.clone();
    }

    @Override
    public byte[] bookmark() {
        return bookmark.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.CREATE_BOOKMARK;
    }

    static RopCreateBookmarkResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        byte[] bookmark = in.bytes(in.u16(), "RopCreateBookmark Bookmark");
        return new RopCreateBookmarkResponse(handleIndex, bookmark);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(bookmark.length, "BookmarkSize")).bytes(bookmark);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopCreateBookmarkResponse r && r.handleIndex == handleIndex
                && Arrays.equals(r.bookmark, bookmark);
    }

    @Override
    public int hashCode() {
        return Objects.hash(handleIndex, Arrays.hashCode(bookmark));
    }

    @Override
    public String toString() {
        return "RopCreateBookmarkResponse[handleIndex=" + handleIndex +
                ", bookmark=" + HexFormat.of().formatHex(bookmark) + "]";
    }
}
