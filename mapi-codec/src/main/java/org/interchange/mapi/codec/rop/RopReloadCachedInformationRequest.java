package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopReloadCachedInformation request, [MS-OXCROPS] 2.2.6.7.1: a Reserved 16-bit field. */
public record RopReloadCachedInformationRequest(int logonId, int inputHandleIndex, int reserved)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.RELOAD_CACHED_INFORMATION;
    }

    static RopReloadCachedInformationRequest decode(ByteReader in) {
        return new RopReloadCachedInformationRequest(in.u8(), in.u8(), in.u16());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(reserved, "Reserved"));
    }
}
