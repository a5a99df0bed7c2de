package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopGetPropertyIdsFromNames response, [MS-OXCROPS] 2.2.8.1.2: the property ids in request order
 * (0x0000 for a name that could not be mapped). Sent with ReturnValue 0 or with the warning
 * ecWarnWithErrors (0x00040380) when some names failed.
 */
public record RopGetPropertyIdsFromNamesResponse(int handleIndex, int returnValue, List<Integer> propertyIds)
        implements RopResponse {
    public static final int EC_WARN_WITH_ERRORS = 0x00040380;

    public RopGetPropertyIdsFromNamesResponse {
        propertyIds = FrozenList.copyOf(propertyIds);
        if (returnValue != 0 && returnValue != EC_WARN_WITH_ERRORS) {
            throw new MapiCodecException("RopGetPropertyIdsFromNames fails with a RopErrorResponse, not with ids");
        }
    }

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTY_IDS_FROM_NAMES;
    }

    static RopResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        if (returnValue != 0 && returnValue != EC_WARN_WITH_ERRORS) {
            return new RopErrorResponse(RopId.GET_PROPERTY_IDS_FROM_NAMES, handleIndex, returnValue);
        }
        int count = in.u16();
        RopWire.requireItems(in, count, 2, "RopGetPropertyIdsFromNames PropertyIds");
        List<Integer> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(in.u16());
        }
        return new RopGetPropertyIdsFromNamesResponse(handleIndex, returnValue, ids);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u16(RopWire.u16(propertyIds.size(), "PropertyIdCount"));
        propertyIds.forEach(id -> out.u16(RopWire.u16(id, "PropertyId")));
    }
}
