package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopUpdateDeferredActionMessages request, [MS-OXCROPS] 2.2.11.3.1: the ServerEntryId and ClientEntryId of
 * the moved message.
 */
public record RopUpdateDeferredActionMessagesRequest(int logonId, int inputHandleIndex, byte[] serverEntryId,
        byte[] clientEntryId)
        implements RopRequest {

    public RopUpdateDeferredActionMessagesRequest {
        serverEntryId = serverEntryId.clone();
        clientEntryId = clientEntryId.clone();
    }

    @Override
    public byte[] serverEntryId() {
        return serverEntryId.clone();
    }

    @Override
    public byte[] clientEntryId() {
        return clientEntryId.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.UPDATE_DEFERRED_ACTION_MESSAGES;
    }

    static RopUpdateDeferredActionMessagesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        byte[] serverEntryId = in.bytes(in.u16(), "RopUpdateDeferredActionMessages ServerEntryId");
        byte[] clientEntryId = in.bytes(in.u16(), "RopUpdateDeferredActionMessages ClientEntryId");
        return new RopUpdateDeferredActionMessagesRequest(logonId, inputHandleIndex, serverEntryId, clientEntryId);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(serverEntryId.length, "ServerEntryIdSize")).bytes(serverEntryId);
        out.u16(RopWire.u16(clientEntryId.length, "ClientEntryIdSize")).bytes(clientEntryId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopUpdateDeferredActionMessagesRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex
                && Arrays.equals(r.serverEntryId, serverEntryId)
                && Arrays.equals(r.clientEntryId, clientEntryId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, Arrays.hashCode(serverEntryId), Arrays.hashCode(clientEntryId));
    }

    @Override
    public String toString() {
        return "RopUpdateDeferredActionMessagesRequest[logonId=" + logonId +
                ", inputHandleIndex=" + inputHandleIndex +
                ", serverEntryId=" + HexFormat.of().formatHex(serverEntryId) +
                ", clientEntryId=" + HexFormat.of().formatHex(clientEntryId) + "]";
    }
}
