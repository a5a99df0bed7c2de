package org.interchange.mapi.server.rop;

import java.util.EnumMap;
import java.util.Map;
import org.interchange.mapi.codec.rop.RopDeleteFolderResponse;
import org.interchange.mapi.codec.rop.RopDeleteMessagesResponse;
import org.interchange.mapi.codec.rop.RopEmptyFolderResponse;
import org.interchange.mapi.codec.rop.RopErrorResponse;
import org.interchange.mapi.codec.rop.RopFastTransferSourceGetBufferResponse;
import org.interchange.mapi.codec.rop.RopHardDeleteMessagesResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopMoveCopyMessagesResponse;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSetReadFlagsResponse;
import org.interchange.mapi.codec.rop.RopWriteStreamResponse;

/**
 * The response to a failed ROP, [MS-OXCROPS] 2.2: most carry only RopId, handle index and
 * ReturnValue, but some keep their fields whatever the ReturnValue (PartialCompletion, WrittenSize,
 * the FastTransfer status fields); those get them with neutral values.
 */
final class FailureResponses {
    @FunctionalInterface
    private interface Factory {
        RopResponse make(int handleIndex, int returnValue);
    }

    private static final Map<RopId, Factory> FULL = new EnumMap<>(RopId.class);

    static {
        FULL.put(RopId.DELETE_FOLDER, (h, rv) -> new RopDeleteFolderResponse(h, rv, false));
        FULL.put(RopId.DELETE_MESSAGES, (h, rv) -> new RopDeleteMessagesResponse(h, rv, false));
        FULL.put(RopId.HARD_DELETE_MESSAGES, (h, rv) -> new RopHardDeleteMessagesResponse(h, rv, false));
        FULL.put(RopId.EMPTY_FOLDER, (h, rv) -> new RopEmptyFolderResponse(h, rv, false));
        FULL.put(RopId.MOVE_COPY_MESSAGES, (h, rv) -> new RopMoveCopyMessagesResponse(h, rv, 0, false));
        FULL.put(RopId.WRITE_STREAM, (h, rv) -> new RopWriteStreamResponse(h, rv, 0));
        FULL.put(RopId.SET_READ_FLAGS, (h, rv) -> new RopSetReadFlagsResponse(h, rv, false));
        FULL.put(RopId.FAST_TRANSFER_SOURCE_GET_BUFFER, (h, rv) -> new RopFastTransferSourceGetBufferResponse(h, rv,
                RopFastTransferSourceGetBufferResponse.STATUS_ERROR, 0, 0, 0, new byte[0], 0));
    }

    private FailureResponses() {
    }

    static RopResponse of(RopRequest request, int returnValue) {
        Factory full = FULL.get(request.ropId());
        return full == null ? RopErrorResponse.of(request, returnValue)
                : full.make(request.responseHandleIndex(), returnValue);
    }
}
