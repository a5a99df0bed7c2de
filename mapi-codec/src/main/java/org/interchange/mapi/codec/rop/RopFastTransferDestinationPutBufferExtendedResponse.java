package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopFastTransferDestinationPutBufferExtended response, [MS-OXCROPS] 2.2.12.3.2 and 2.2.12.3.3:
 * TransferStatus, InProgressCount and TotalStepCount (32 bits each), Reserved and BufferUsedSize
 * follow every ReturnValue.
 */
public record RopFastTransferDestinationPutBufferExtendedResponse(int handleIndex, int returnValue,
                                                                  int transferStatus, long inProgressCount,
                                                                  long totalStepCount, int reserved,
                                                                  int bufferUsedSize) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_DESTINATION_PUT_BUFFER_EXTENDED;
    }

    static RopFastTransferDestinationPutBufferExtendedResponse decode(ByteReader in, int handleIndex, int returnValue,
                                                                      ResponseContext context) {
        return new RopFastTransferDestinationPutBufferExtendedResponse(handleIndex, returnValue, in.u16(), in.u32(),
                in.u32(), in.u8(), in.u16());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u16(RopWire.u16(transferStatus, "TransferStatus")).i32((int) inProgressCount).i32((int) totalStepCount)
                .u8(RopWire.u8(reserved, "Reserved")).u16(RopWire.u16(bufferUsedSize, "BufferUsedSize"));
    }
}
