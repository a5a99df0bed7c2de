package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopSeekRowBookmark request, [MS-OXCROPS] 2.2.5.9.1: moves RowCount rows from a bookmark; WantRowMovedCount
 * asks how far it went.
 */
public record RopSeekRowBookmarkRequest(int logonId, int inputHandleIndex, byte[] bookmark, int rowCount,
        boolean wantRowMovedCount)
        implements RopRequest {

    public RopSeekRowBookmarkRequest {
        bookmark = bookmark.clone();
    }

    @Override
    public byte[] bookmark() {
        return bookmark.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.SEEK_ROW_BOOKMARK;
    }

    static RopSeekRowBookmarkRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        byte[] bookmark = in.bytes(in.u16(), "RopSeekRowBookmark Bookmark");
        int rowCount = in.i32();
        boolean wantRowMovedCount = RopWire.bool(in);
        return new RopSeekRowBookmarkRequest(logonId, inputHandleIndex, bookmark, rowCount, wantRowMovedCount);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(bookmark.length, "BookmarkSize")).bytes(bookmark);
        out.i32(rowCount);
        out.u8(wantRowMovedCount ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopSeekRowBookmarkRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex
                && Arrays.equals(r.bookmark, bookmark)
                && r.rowCount == rowCount
                && r.wantRowMovedCount == wantRowMovedCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, Arrays.hashCode(bookmark), rowCount, wantRowMovedCount);
    }

    @Override
    public String toString() {
        return "RopSeekRowBookmarkRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex +
                ", bookmark=" + HexFormat.of().formatHex(bookmark) + ", rowCount=" + rowCount +
                ", wantRowMovedCount=" + wantRowMovedCount + "]";
    }
}
