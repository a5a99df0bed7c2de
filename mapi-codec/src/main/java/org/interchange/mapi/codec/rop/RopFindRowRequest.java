package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RestrictionCodec;

/**
 * RopFindRow request, [MS-OXCROPS] 2.2.5.13.1: FindRowFlags (0x01 Backwards), the restriction
 * ([MS-OXCDATA] 2.12, kept as its encoded bytes), Origin and a bookmark (empty unless Origin is
 * a custom bookmark).
 */
public record RopFindRowRequest(int logonId, int inputHandleIndex, int findRowFlags, byte[] restrictionData,
                                int origin, byte[] bookmark) implements RopRequest {

    public RopFindRowRequest {
        restrictionData = restrictionData.clone();
        bookmark = bookmark.clone();
    }

    @Override
    public byte[] restrictionData() {
        return restrictionData.clone();
    }

    @Override
    public byte[] bookmark() {
        return bookmark.clone();
    }

    /** The restriction decoded from {@link #restrictionData()}; empty when there is none. */
    public Optional<Restriction> restriction() {
        return restrictionData.length == 0 ? Optional.empty()
                : Optional.of(RestrictionCodec.ROP.decode(restrictionData));
    }

    /** The request finding the first row matching {@code restriction} from {@code origin}, without bookmark. */
    public static RopFindRowRequest of(int logonId, int inputHandleIndex, int findRowFlags, Restriction restriction,
                                       int origin) {
        return new RopFindRowRequest(logonId, inputHandleIndex, findRowFlags, RestrictionCodec.ROP.encode(restriction),
                origin, new byte[0]);
    }

    @Override
    public RopId ropId() {
        return RopId.FIND_ROW;
    }

    static RopFindRowRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int flags = in.u8();
        byte[] restriction = in.bytes(in.u16(), "RopFindRow RestrictionData");
        int origin = in.u8();
        byte[] bookmark = in.bytes(in.u16(), "RopFindRow Bookmark");
        return new RopFindRowRequest(logonId, index, flags, restriction, origin, bookmark);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(findRowFlags, "FindRowFlags"))
                .u16(RopWire.u16(restrictionData.length, "RestrictionDataSize")).bytes(restrictionData)
                .u8(RopWire.u8(origin, "Origin"))
                .u16(RopWire.u16(bookmark.length, "BookmarkSize")).bytes(bookmark);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopFindRowRequest r && r.logonId == logonId && r.inputHandleIndex == inputHandleIndex
                && r.findRowFlags == findRowFlags && r.origin == origin
                && Arrays.equals(r.restrictionData, restrictionData) && Arrays.equals(r.bookmark, bookmark);
    }

    @Override
    public int hashCode() {
        return ((logonId * 31 + inputHandleIndex) * 31 + findRowFlags) * 31 + origin
                + Arrays.hashCode(restrictionData) * 17 + Arrays.hashCode(bookmark);
    }

    @Override
    public String toString() {
        return "RopFindRowRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex
                + ", findRowFlags=" + findRowFlags + ", restrictionData=" + HexFormat.of().formatHex(restrictionData)
                + ", origin=" + origin + ", bookmark=" + HexFormat.of().formatHex(bookmark) + "]";
    }
}
