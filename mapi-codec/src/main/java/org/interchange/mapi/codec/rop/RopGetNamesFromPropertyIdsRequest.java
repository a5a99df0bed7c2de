package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetNamesFromPropertyIds request, [MS-OXCROPS] 2.2.8.2.1: the named property ids to look up. */
public record RopGetNamesFromPropertyIdsRequest(int logonId, int inputHandleIndex, List<Integer> propertyIds)
        implements RopRequest {

    public RopGetNamesFromPropertyIdsRequest {
        propertyIds = FrozenList.copyOf(propertyIds);
    }

    @Override
    public RopId ropId() {
        return RopId.GET_NAMES_FROM_PROPERTY_IDS;
    }

    static RopGetNamesFromPropertyIdsRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int count = in.u16();
        RopWire.requireItems(in, count, 2, "RopGetNamesFromPropertyIds PropertyIds");
        List<Integer> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(in.u16());
        }
        return new RopGetNamesFromPropertyIdsRequest(logonId, index, ids);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(propertyIds.size(), "PropertyIdCount"));
        propertyIds.forEach(id -> out.u16(RopWire.u16(id, "PropertyId")));
    }
}
