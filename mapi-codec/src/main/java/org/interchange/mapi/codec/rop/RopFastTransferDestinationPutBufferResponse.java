package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopFastTransferDestinationPutBuffer response, [MS-OXCROPS] 2.2.12.2.2 and 2.2.12.2.3: TransferStatus,
 * InProgressCount, TotalStepCount, Reserved and BufferUsedSize follow every ReturnValue.
 */
public record RopFastTransferDestinationPutBufferResponse(int handleIndex, int returnValue, int transferStatus,
                                                          int inProgressCount, int totalStepCount, int reserved,
                                                          int bufferUsedSize) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_DESTINATION_PUT_BUFFER;
    }

    static RopFastTransferDestinationPutBufferResponse decode(ByteReader in, int handleIndex, int returnValue,
                                                              ResponseContext context) {
        return new RopFastTransferDestinationPutBufferResponse(handleIndex, returnValue, in.u16(), in.u16(), in.u16(),
                in.u8(), in.u16());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u16(RopWire.u16(transferStatus, "TransferStatus")).u16(RopWire.u16(inProgressCount, "InProgressCount"))
                .u16(RopWire.u16(totalStepCount, "TotalStepCount")).u8(RopWire.u8(reserved, "Reserved"))
                .u16(RopWire.u16(bufferUsedSize, "BufferUsedSize"));
    }
}
