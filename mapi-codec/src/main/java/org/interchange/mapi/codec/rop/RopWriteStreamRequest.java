package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopWriteStream request, [MS-OXCROPS] 2.2.9.3.1: DataSize and the bytes to write. */
public record RopWriteStreamRequest(int logonId, int inputHandleIndex, byte[] data) implements RopRequest {

    public RopWriteStreamRequest {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.WRITE_STREAM;
    }

    static RopWriteStreamRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        return new RopWriteStreamRequest(logonId, index, in.bytes(in.u16(), "RopWriteStream Data"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(data.length, "DataSize")).bytes(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopWriteStreamRequest r && r.logonId == logonId && r.inputHandleIndex == inputHandleIndex
                && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return (logonId * 31 + inputHandleIndex) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "RopWriteStreamRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex
                + ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
