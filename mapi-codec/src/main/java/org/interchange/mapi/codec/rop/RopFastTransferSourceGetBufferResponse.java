package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopFastTransferSourceGetBuffer response, [MS-OXCROPS] 2.2.12.4.2 (fields in [MS-OXCFXICS]
 * 2.2.3.1.1.5.2): TransferStatus (0 Error, 1 Partial, 2 NoRoom, 3 Done), InProgressCount,
 * TotalStepCount, Reserved and the next part of the FastTransfer stream; with ReturnValue
 * ServerBusy (0x00000480) BackoffTime (ms) follows. {@code backoffTime} is 0 otherwise.
 */
public record RopFastTransferSourceGetBufferResponse(int handleIndex, int returnValue, int transferStatus,
                                                     int inProgressCount, int totalStepCount, int reserved,
                                                     byte[] transferBuffer, long backoffTime) implements RopResponse {
    public static final int STATUS_ERROR = 0x0000;
    public static final int STATUS_PARTIAL = 0x0001;
    public static final int STATUS_NO_ROOM = 0x0002;
    public static final int STATUS_DONE = 0x0003;
    public static final int EC_SERVER_BUSY = 0x00000480;

    public RopFastTransferSourceGetBufferResponse {
        transferBuffer = transferBuffer.clone();
        RopWire.u16(transferBuffer.length, "TransferBufferSize");
        if (returnValue != EC_SERVER_BUSY && backoffTime != 0) {
            throw new MapiCodecException("BackoffTime is sent only with ReturnValue ServerBusy");
        }
    }

    /** A successful response carrying {@code data}. */
    public static RopFastTransferSourceGetBufferResponse of(int handleIndex, int transferStatus, byte[] data) {
        return new RopFastTransferSourceGetBufferResponse(handleIndex, 0, transferStatus, 0, 0, 0, data, 0);
    }

    @Override
    public byte[] transferBuffer() {
        return transferBuffer.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_SOURCE_GET_BUFFER;
    }

    static RopFastTransferSourceGetBufferResponse decode(ByteReader in, int handleIndex, int returnValue,
                                                         ResponseContext context) {
        int status = in.u16();
        int inProgress = in.u16();
        int total = in.u16();
        int reserved = in.u8();
        byte[] buffer = in.bytes(in.u16(), "RopFastTransferSourceGetBuffer TransferBuffer");
        long backoff = returnValue == EC_SERVER_BUSY ? in.u32() : 0;
        return new RopFastTransferSourceGetBufferResponse(handleIndex, returnValue, status, inProgress, total,
                reserved, buffer, backoff);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u16(RopWire.u16(transferStatus, "TransferStatus")).u16(RopWire.u16(inProgressCount, "InProgressCount"))
                .u16(RopWire.u16(totalStepCount, "TotalStepCount")).u8(RopWire.u8(reserved, "Reserved"))
                .u16(transferBuffer.length).bytes(transferBuffer);
        if (returnValue == EC_SERVER_BUSY) {
            out.i32((int) backoffTime);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopFastTransferSourceGetBufferResponse r && r.handleIndex == handleIndex
                && r.returnValue == returnValue && r.transferStatus == transferStatus
                && r.inProgressCount == inProgressCount && r.totalStepCount == totalStepCount
                && r.reserved == reserved && Arrays.equals(r.transferBuffer, transferBuffer)
                && r.backoffTime == backoffTime;
    }

    @Override
    public int hashCode() {
        return ((handleIndex * 31 + returnValue) * 31 + transferStatus) * 31 + Arrays.hashCode(transferBuffer);
    }

    @Override
    public String toString() {
        return "RopFastTransferSourceGetBufferResponse[handleIndex=" + handleIndex + ", returnValue=" + returnValue
                + ", transferStatus=" + transferStatus + ", inProgressCount=" + inProgressCount
                + ", totalStepCount=" + totalStepCount + ", transferBuffer=" + transferBuffer.length
                + " bytes, backoffTime=" + backoffTime + "]";
    }
}
