package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopGetPropertiesAll request, [MS-OXCROPS] 2.2.8.4.1. */
public record RopGetPropertiesAllRequest(int logonId, int inputHandleIndex, int propertySizeLimit, int wantUnicode)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.GET_PROPERTIES_ALL;
    }

    static RopGetPropertiesAllRequest decode(ByteReader in) {
        return new RopGetPropertiesAllRequest(in.u8(), in.u8(), in.u16(), in.u16());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(propertySizeLimit, "PropertySizeLimit"));
        out.u16(RopWire.u16(wantUnicode, "WantUnicode"));
    }
}
