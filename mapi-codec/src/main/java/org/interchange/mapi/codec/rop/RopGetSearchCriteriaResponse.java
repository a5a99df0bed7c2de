package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopGetSearchCriteria success response, [MS-OXCROPS] 2.2.4.5.2: the restriction's encoded bytes, LogonId,
 * the searched folders and SearchFlags.
 */
public record RopGetSearchCriteriaResponse(int handleIndex, byte[] restrictionData, int logonId,
        List<Long> folderIds, long searchFlags)
        implements RopResponse {

    public RopGetSearchCriteriaResponse {
        folderIds = FrozenList.copyOf(folderIds);
        restrictionData = restrictionData.clone();
    }

    @Override
    public byte[] restrictionData() {
        return restrictionData.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.GET_SEARCH_CRITERIA;
    }

    static RopGetSearchCriteriaResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        byte[] restrictionData = in.bytes(in.u16(), "RopGetSearchCriteria RestrictionData");
        int logonId = in.u8();
        List<Long> folderIds = RopWire.readIds(in, in.u16());
        long searchFlags = in.u32();
        return new RopGetSearchCriteriaResponse(handleIndex, restrictionData, logonId, folderIds, searchFlags);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u16(RopWire.u16(restrictionData.length, "RestrictionDataSize")).bytes(restrictionData);
        out.u8(RopWire.u8(logonId, "LogonId"));
        RopWire.writeIds(out, folderIds, "FolderIdsCount");
        out.i32((int) searchFlags);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopGetSearchCriteriaResponse r && r.handleIndex == handleIndex
                && Arrays.equals(r.restrictionData, restrictionData)
                && r.logonId == logonId
                && r.folderIds.equals(folderIds)
                && r.searchFlags == searchFlags;
    }

    @Override
    public int hashCode() {
        return Objects.hash(handleIndex, Arrays.hashCode(restrictionData), logonId, folderIds, searchFlags);
    }

    @Override
    public String toString() {
        return "RopGetSearchCriteriaResponse[handleIndex=" + handleIndex +
                ", restrictionData=" + HexFormat.of().formatHex(restrictionData) + ", logonId=" + logonId +
                ", folderIds=" + folderIds + ", searchFlags=" + searchFlags + "]";
    }
}
