package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.interchange.mapi.codec.ids.LongTermId;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopWritePerUserInformation request, [MS-OXCROPS] 2.2.3.13.1: the folder's LongTermId, HasFinished,
 * DataOffset, the Data and, only on a private-mailbox logon when DataOffset is 0, the ReplGuid.
 */
public record RopWritePerUserInformationRequest(int logonId, int inputHandleIndex, LongTermId folderId,
                                                boolean hasFinished, long dataOffset, byte[] data,
                                                Optional<UUID> replGuid) implements RopRequest {

    public RopWritePerUserInformationRequest {
        Objects.requireNonNull(folderId, "folderId");
        Objects.requireNonNull(replGuid, "replGuid");
        data = data.clone();
        if (replGuid.isPresent() && dataOffset != 0) {
            throw new MapiCodecException("RopWritePerUserInformation sends ReplGuid only with DataOffset 0");
        }
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.WRITE_PER_USER_INFORMATION;
    }

    static RopWritePerUserInformationRequest decode(ByteReader in, RequestContext context) {
        int logonId = in.u8();
        int index = in.u8();
        LongTermId folderId = LongTermId.decode(in);
        boolean finished = RopWire.bool(in);
        long offset = in.u32();
        byte[] data = in.bytes(in.u16(), "RopWritePerUserInformation Data");
        Optional<UUID> replGuid = offset == 0 && context.isPrivateLogon(logonId, RopId.WRITE_PER_USER_INFORMATION)
                ? Optional.of(in.guid()) : Optional.empty();
        return new RopWritePerUserInformationRequest(logonId, index, folderId, finished, offset, data, replGuid);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        folderId.encode(out);
        out.u8(hasFinished ? 1 : 0).i32((int) dataOffset).u16(RopWire.u16(data.length, "DataSize")).bytes(data);
        replGuid.ifPresent(out::guid);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopWritePerUserInformationRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex && r.folderId.equals(folderId)
                && r.hasFinished == hasFinished && r.dataOffset == dataOffset && Arrays.equals(r.data, data)
                && r.replGuid.equals(replGuid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, folderId, hasFinished, dataOffset, Arrays.hashCode(data),
                replGuid);
    }

    @Override
    public String toString() {
        return "RopWritePerUserInformationRequest[logonId=" + logonId + ", inputHandleIndex=" + inputHandleIndex
                + ", folderId=" + folderId + ", hasFinished=" + hasFinished + ", dataOffset=" + dataOffset
                + ", data=" + HexFormat.of().formatHex(data) + ", replGuid=" + replGuid + "]";
    }
}
