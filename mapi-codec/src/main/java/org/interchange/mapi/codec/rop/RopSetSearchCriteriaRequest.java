package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopSetSearchCriteria request, [MS-OXCROPS] 2.2.4.4.1: the restriction ([MS-OXCDATA] 2.12, as its encoded
 * bytes; empty keeps the current one), the folders to search and SearchFlags.
 */
public record RopSetSearchCriteriaRequest(int logonId, int inputHandleIndex, byte[] restrictionData,
        List<Long> folderIds, long searchFlags)
        implements RopRequest {

    public RopSetSearchCriteriaRequest {
        folderIds = FrozenList.copyOf(folderIds);
        restrictionData = restrictionData.clone();
    }

    @Override
    public byte[] restrictionData() {
        return restrictionData.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.SET_SEARCH_CRITERIA;
    }

    static RopSetSearchCriteriaRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        byte[] restrictionData = in.bytes(in.u16(), "RopSetSearchCriteria RestrictionData");
        List<Long> folderIds = RopWire.readIds(in, in.u16());
        long searchFlags = in.u32();
        return new RopSetSearchCriteriaRequest(logonId, inputHandleIndex, restrictionData, folderIds, searchFlags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(restrictionData.length, "RestrictionDataSize")).bytes(restrictionData);
        RopWire.writeIds(out, folderIds, "FolderIdsCount");
        out.i32((int) searchFlags);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopSetSearchCriteriaRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex
                && Arrays.equals(r.restrictionData, restrictionData)
                && r.folderIds.equals(folderIds)
                && r.searchFlags == searchFlags;
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, Arrays.hashCode(restrictionData), folderIds, searchFlags);
    }

    @Override
    public String toString() {
        return "RopSetSearchCriteriaRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex +
                ", restrictionData=" + HexFormat.of().formatHex(restrictionData) + ", folderIds=" + folderIds +
                ", searchFlags=" + searchFlags + "]";
    }
}
