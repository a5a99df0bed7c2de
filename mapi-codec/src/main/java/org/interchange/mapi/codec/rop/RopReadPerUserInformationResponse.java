package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopReadPerUserInformation success response, [MS-OXCROPS] 2.2.3.12.2: HasFinished and the Data read. */
public record RopReadPerUserInformationResponse(int handleIndex, boolean hasFinished, byte[] data)
        implements RopResponse {

    public RopReadPerUserInformationResponse {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.READ_PER_USER_INFORMATION;
    }

    static RopReadPerUserInformationResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        boolean hasFinished = RopWire.bool(in);
        byte[] data = in.bytes(in.u16(), "RopReadPerUserInformation Data");
        return new RopReadPerUserInformationResponse(handleIndex, hasFinished, data);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(hasFinished ? 1 : 0);
        out.u16(RopWire.u16(data.length, "DataSize")).bytes(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopReadPerUserInformationResponse r && r.handleIndex == handleIndex
                && r.hasFinished == hasFinished
                && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(handleIndex, hasFinished, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "RopReadPerUserInformationResponse[handleIndex=" + handleIndex + ", hasFinished=" + hasFinished +
                ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
