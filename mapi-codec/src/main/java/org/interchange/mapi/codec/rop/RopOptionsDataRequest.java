package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopOptionsData request, [MS-OXCROPS] 2.2.7.9.1: the null-terminated 8-bit AddressType and WantWin32. */
public record RopOptionsDataRequest(int logonId, int inputHandleIndex, String addressType, boolean wantWin32)
        implements RopRequest {

    public RopOptionsDataRequest {
        Objects.requireNonNull(addressType, "addressType");
    }

    @Override
    public RopId ropId() {
        return RopId.OPTIONS_DATA;
    }

    static RopOptionsDataRequest decode(ByteReader in) {
        return new RopOptionsDataRequest(in.u8(), in.u8(), in.ascii8z(), RopWire.bool(in));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.ascii8z(addressType).u8(wantWin32 ? 1 : 0);
    }
}
