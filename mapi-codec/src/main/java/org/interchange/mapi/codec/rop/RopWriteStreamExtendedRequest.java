package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopWriteStreamExtended request, [MS-OXCROPS] 2.2.9.13.1: the Data to write. */
public record RopWriteStreamExtendedRequest(int logonId, int inputHandleIndex, byte[] data)
        implements RopRequest {

    public RopWriteStreamExtendedRequest {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.WRITE_STREAM_EXTENDED;
    }

    static RopWriteStreamExtendedRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        byte[] data = in.bytes(in.u16(), "RopWriteStreamExtended Data");
        return new RopWriteStreamExtendedRequest(logonId, inputHandleIndex, data);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(data.length, "DataSize")).bytes(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopWriteStreamExtendedRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex
                && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "RopWriteStreamExtendedRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex +
                ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
