package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopSetMessageReadFlag request, [MS-OXCROPS] 2.2.6.11.1: InputHandleIndex (the message),
 * ResponseHandleIndex (the folder, echoed by the response), ReadFlags and, only on a public-folder
 * logon, 24 bytes of ClientData (empty here otherwise).
 */
public record RopSetMessageReadFlagRequest(int logonId, int inputHandleIndex, int responseHandleIndex, int readFlags,
                                           byte[] clientData) implements RopRequest {
    static final int CLIENT_DATA_SIZE = 24;

    public RopSetMessageReadFlagRequest {
        clientData = clientData.clone();
        if (clientData.length != 0 && clientData.length != CLIENT_DATA_SIZE) {
            throw new MapiCodecException("RopSetMessageReadFlag ClientData is 24 bytes or absent, not "
                    + clientData.length);
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

    static RopSetMessageReadFlagRequest decode(ByteReader in, RequestContext context) {
        int logonId = in.u8();
        int input = in.u8();
        int response = in.u8();
        int flags = in.u8();
        byte[] clientData = context.isPrivateLogon(logonId, RopId.SET_MESSAGE_READ_FLAG) ? new byte[0]
                : in.bytes(CLIENT_DATA_SIZE, "RopSetMessageReadFlag ClientData");
        return new RopSetMessageReadFlagRequest(logonId, input, response, flags, clientData);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(responseHandleIndex, "ResponseHandleIndex")).u8(RopWire.u8(readFlags, "ReadFlags"))
                .bytes(clientData);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopSetMessageReadFlagRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex && r.responseHandleIndex == responseHandleIndex
                && r.readFlags == readFlags && Arrays.equals(r.clientData, clientData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, responseHandleIndex, readFlags, Arrays.hashCode(clientData));
    }

    @Override
    public String toString() {
        return "RopSetMessageReadFlagRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex
                + ", responseHandleIndex=" + responseHandleIndex + ", readFlags=" + readFlags + ", clientData="
                + HexFormat.of().formatHex(clientData) + "]";
    }
}
