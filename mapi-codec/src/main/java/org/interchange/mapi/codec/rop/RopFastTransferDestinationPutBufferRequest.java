package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopFastTransferDestinationPutBuffer request, [MS-OXCROPS] 2.2.12.2.1: the next TransferData of the
 * FastTransfer stream.
 */
public record RopFastTransferDestinationPutBufferRequest(int logonId, int inputHandleIndex, byte[] transferData)
        implements RopRequest {

    public RopFastTransferDestinationPutBufferRequest {
        transferData = transferData.clone();
    }

    @Override
    public byte[] transferData() {
        return transferData.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_DESTINATION_PUT_BUFFER;
    }

    static RopFastTransferDestinationPutBufferRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        byte[] transferData = in.bytes(in.u16(), "RopFastTransferDestinationPutBuffer TransferData");
        return new RopFastTransferDestinationPutBufferRequest(logonId, inputHandleIndex, transferData);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u16(RopWire.u16(transferData.length, "TransferDataSize")).bytes(transferData);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopFastTransferDestinationPutBufferRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex
                && Arrays.equals(r.transferData, transferData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, Arrays.hashCode(transferData));
    }

    @Override
    public String toString() {
        return "RopFastTransferDestinationPutBufferRequest[logonId=" + logonId +
                ", inputHandleIndex=" + inputHandleIndex +
                ", transferData=" + HexFormat.of().formatHex(transferData) + "]";
    }
}
