package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopFastTransferSourceCopyFolder success response, [MS-OXCROPS] 2.2.12.5.2: no fields beyond the header. */
public record RopFastTransferSourceCopyFolderResponse(int handleIndex)
        implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.FAST_TRANSFER_SOURCE_COPY_FOLDER;
    }

    static RopFastTransferSourceCopyFolderResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        return new RopFastTransferSourceCopyFolderResponse(handleIndex);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
    }
}
