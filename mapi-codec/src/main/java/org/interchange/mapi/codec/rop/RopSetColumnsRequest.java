package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;

/** RopSetColumns request, [MS-OXCROPS] 2.2.5.1.1: SetColumnsFlags (0x00 Wait, 0x01 Asynchronous) and the columns. */
public record RopSetColumnsRequest(int logonId, int inputHandleIndex, int setColumnsFlags,
                                   List<PropertyTag> propertyTags) implements RopRequest {

    public RopSetColumnsRequest {
        propertyTags = FrozenList.copyOf(propertyTags);
    }

    @Override
    public RopId ropId() {
        return RopId.SET_COLUMNS;
    }

    static RopSetColumnsRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int flags = in.u8();
        return new RopSetColumnsRequest(logonId, index, flags, RopWire.readTags(in, in.u16()));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(setColumnsFlags, "SetColumnsFlags"));
        RopWire.writeTags(out, propertyTags, "PropertyTagCount");
    }
}
