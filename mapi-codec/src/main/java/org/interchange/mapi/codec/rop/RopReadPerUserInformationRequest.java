package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopReadPerUserInformation request, [MS-OXCROPS] 2.2.3.12.1: the folder's LongTermId, Reserved, DataOffset
 * and MaxDataSize.
 */
public record RopReadPerUserInformationRequest(int logonId, int inputHandleIndex, LongTermId folderId,
        int reserved, long dataOffset, int maxDataSize)
        implements RopRequest {

    public RopReadPerUserInformationRequest {
        Objects.requireNonNull(folderId, "folderId");
    }

    @Override
    public RopId ropId() {
        return RopId.READ_PER_USER_INFORMATION;
    }

    static RopReadPerUserInformationRequest decode(ByteReader in) {
        int logonId = in.u8();
        int inputHandleIndex = in.u8();
        LongTermId folderId = LongTermId.decode(in);
        int reserved = in.u8();
        long dataOffset = in.u32();
        int maxDataSize = in.u16();
        return new RopReadPerUserInformationRequest(logonId, inputHandleIndex, folderId, reserved, dataOffset, maxDataSize);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        folderId.encode(out);
        out.u8(RopWire.u8(reserved, "Reserved"));
        out.i32((int) dataOffset);
        out.u16(RopWire.u16(maxDataSize, "MaxDataSize"));
    }
}
