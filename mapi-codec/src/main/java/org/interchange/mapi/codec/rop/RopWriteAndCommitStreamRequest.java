package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopWriteAndCommitStream request, [MS-OXCROPS] 2.2.9.11.1: the Data to write before committing. */
public record RopWriteAndCommitStreamRequest(int logonId, int inputHandleIndex, byte[] data)
        implements RopRequest {

    public RopWriteAndCommitStreamRequest {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.WRITE_AND_COMMIT_STREAM;
    }

    static RopWriteAndCommitStreamRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        byte[] data = in.bytes(in.u16(), "RopWriteAndCommitStream Data");
        return new RopWriteAndCommitStreamRequest(logonId, inputHandleIndex, data);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(data.length, "DataSize")).bytes(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopWriteAndCommitStreamRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex
                && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "RopWriteAndCommitStreamRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex +
                ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
