package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopFreeBookmark request, [MS-OXCROPS] 2.2.5.14.1: the Bookmark to release. */
public record RopFreeBookmarkRequest(int logonId, int inputHandleIndex, byte[] bookmark)
        implements RopRequest {

    public RopFreeBookmarkRequest {
        bookmark = bookmark.clone();
    }

    @Override
    public byte[] bookmark() {
        return bookmark.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.FREE_BOOKMARK;
    }

    static RopFreeBookmarkRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        byte[] bookmark = in.bytes(in.u16(), "RopFreeBookmark Bookmark");
        return new RopFreeBookmarkRequest(logonId, inputHandleIndex, bookmark);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(bookmark.length, "BookmarkSize")).bytes(bookmark);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopFreeBookmarkRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex
                && Arrays.equals(r.bookmark, bookmark);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, Arrays.hashCode(bookmark));
    }

    @Override
    public String toString() {
        return "RopFreeBookmarkRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex +
                ", bookmark=" + HexFormat.of().formatHex(bookmark) + "]";
    }
}
