package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopSetMessageReadFlag success response, [MS-OXCROPS] 2.2.6.11.2: ReadStatusChanged and, only when
 * it changed, the LogonId and the 24 bytes of ClientData of the request.
 */
public record RopSetMessageReadFlagResponse(int handleIndex, boolean readStatusChanged, int logonId,
                                            byte[] clientData) implements RopResponse {

    public RopSetMessageReadFlagResponse {
        clientData = clientData.clone();
        if (readStatusChanged ? clientData.length != RopSetMessageReadFlagRequest.CLIENT_DATA_SIZE
                : clientData.length != 0 || logonId != 0) {
            throw new MapiCodecException("RopSetMessageReadFlag sends LogonId and 24 bytes of ClientData exactly "
                    + "when ReadStatusChanged");
        }
    }

    @Override
    public byte[] clientData() {
        return clientData.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.SET_MESSAGE_READ_FLAG;
    }

    static RopSetMessageReadFlagResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        if (!RopWire.bool(in)) {
            return new RopSetMessageReadFlagResponse(handleIndex, false, 0, new byte[0]);
        }
        int logonId = in.u8();
        return new RopSetMessageReadFlagResponse(handleIndex, true, logonId,
                in.bytes(RopSetMessageReadFlagRequest.CLIENT_DATA_SIZE, "RopSetMessageReadFlag ClientData"));
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(readStatusChanged ? 1 : 0);
        if (readStatusChanged) {
            out.u8(RopWire.u8(logonId, "LogonId")).bytes(clientData);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopSetMessageReadFlagResponse r && r.handleIndex == handleIndex
                && r.readStatusChanged == readStatusChanged && r.logonId == logonId
                && Arrays.equals(r.clientData, clientData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(handleIndex, readStatusChanged, logonId, Arrays.hashCode(clientData));
    }

    @Override
    public String toString() {
        return "RopSetMessageReadFlagResponse[handleIndex=" + handleIndex + ", readStatusChanged=" + readStatusChanged
                + ", logonId=" + logonId + ", clientData=" + HexFormat.of().formatHex(clientData) + "]";
    }
}
