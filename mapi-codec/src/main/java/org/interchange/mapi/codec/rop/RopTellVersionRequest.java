package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopTellVersion request, [MS-OXCROPS] 2.2.12.9.1: the three 16-bit parts of the other server's Version. */
public record RopTellVersionRequest(int logonId, int inputHandleIndex, int version1, int version2, int version3)
        implements RopRequest {

    @Override
    public RopId ropId() {
        return RopId.TELL_VERSION;
    }

    static RopTellVersionRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        int version1 = in.u16();
        int version2 = in.u16();
        int version3 = in.u16();
        return new RopTellVersionRequest(logonId, inputHandleIndex, version1, version2, version3);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(version1, "Version1"));
        out.u16(RopWire.u16(version2, "Version2"));
        out.u16(RopWire.u16(version3, "Version3"));
    }
}
