package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopReadStream response, [MS-OXCROPS] 2.2.9.2.2: ReturnValue, DataSize and Data. The buffer has
 * one form for success and failure, so DataSize is present whatever the ReturnValue.
 */
public record RopReadStreamResponse(int handleIndex, int returnValue, byte[] data) implements RopResponse {

    public RopReadStreamResponse {
        data = data.clone();
        RopWire.u16(data.length, "DataSize");
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.READ_STREAM;
    }

    static RopReadStreamResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        return new RopReadStreamResponse(handleIndex, returnValue, in.bytes(in.u16(), "RopReadStream Data"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u16(data.length).bytes(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopReadStreamResponse r && r.handleIndex == handleIndex
                && r.returnValue == returnValue && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return (handleIndex * 31 + returnValue) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "RopReadStreamResponse[handleIndex=" + handleIndex + ", returnValue=" + returnValue
                + ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
