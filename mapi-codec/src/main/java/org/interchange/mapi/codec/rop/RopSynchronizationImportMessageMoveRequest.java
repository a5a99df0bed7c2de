package org.interchange.mapi.codec.rop;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopSynchronizationImportMessageMove request, [MS-OXCROPS] 2.2.13.6.1: SourceFolderId,
 * SourceMessageId, PredecessorChangeList, DestinationMessageId and ChangeNumber, each as bytes with a
 * 32-bit size.
 */
public record RopSynchronizationImportMessageMoveRequest(int logonId, int inputHandleIndex, byte[] sourceFolderId,
                                                         byte[] sourceMessageId, byte[] predecessorChangeList,
                                                         byte[] destinationMessageId, byte[] changeNumber)
        implements RopRequest {

    public RopSynchronizationImportMessageMoveRequest {
        sourceFolderId = sourceFolderId.clone();
        sourceMessageId = sourceMessageId.clone();
        predecessorChangeList = predecessorChangeList.clone();
        destinationMessageId = destinationMessageId.clone();
        changeNumber = changeNumber.clone();
    }

    @Override
    public byte[] sourceFolderId() {
        return sourceFolderId.clone();
    }

    @Override
    public byte[] sourceMessageId() {
        return sourceMessageId.clone();
    }

    @Override
    public byte[] predecessorChangeList() {
        return predecessorChangeList.clone();
    }

    @Override
    public byte[] destinationMessageId() {
        return destinationMessageId.clone();
    }

    @Override
    public byte[] changeNumber() {
        return changeNumber.clone();
    }

    @Override
    public RopId ropId() {
        return RopId.SYNCHRONIZATION_IMPORT_MESSAGE_MOVE;
    }

    static RopSynchronizationImportMessageMoveRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        byte[] folder = sized(in, "SourceFolderId");
        byte[] message = sized(in, "SourceMessageId");
        byte[] predecessors = sized(in, "PredecessorChangeList");
        byte[] destination = sized(in, "DestinationMessageId");
        return new RopSynchronizationImportMessageMoveRequest(logonId, index, folder, message, predecessors,
                destination, sized(in, "ChangeNumber"));
    }

    private static byte[] sized(ByteReader in, String field) {
        long size = in.u32();
        if (size > in.remaining()) {
            throw new MapiCodecException("RopSynchronizationImportMessageMove " + field + "Size " + size
                    + " exceeds the " + in.remaining() + " bytes left");
        }
        return in.bytes((int) size);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        for (byte[] field : List.of(sourceFolderId, sourceMessageId, predecessorChangeList, destinationMessageId,
                changeNumber)) {
            out.i32(field.length).bytes(field);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RopSynchronizationImportMessageMoveRequest r && r.logonId == logonId
                && r.inputHandleIndex == inputHandleIndex && Arrays.equals(r.sourceFolderId, sourceFolderId)
                && Arrays.equals(r.sourceMessageId, sourceMessageId)
                && Arrays.equals(r.predecessorChangeList, predecessorChangeList)
                && Arrays.equals(r.destinationMessageId, destinationMessageId)
                && Arrays.equals(r.changeNumber, changeNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(logonId, inputHandleIndex, Arrays.hashCode(sourceFolderId), Arrays.hashCode(sourceMessageId),
                Arrays.hashCode(predecessorChangeList), Arrays.hashCode(destinationMessageId),
                Arrays.hashCode(changeNumber));
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "RopSynchronizationImportMessageMoveRequest[logonId=" + logonId + ", inputHandleIndex="
                + inputHandleIndex + ", sourceFolderId=" + hex.formatHex(sourceFolderId) + ", sourceMessageId="
                + hex.formatHex(sourceMessageId) + ", predecessorChangeList=" + hex.formatHex(predecessorChangeList)
                + ", destinationMessageId=" + hex.formatHex(destinationMessageId) + ", changeNumber="
                + hex.formatHex(changeNumber) + "]";
    }
}
