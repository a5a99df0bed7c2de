package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * RopCreateFolder success response, [MS-OXCROPS] 2.2.4.2.2: the folder id, IsExistingFolder and,
 * for an existing folder, HasRules, IsGhosted and the ghost servers (as in RopOpenFolder).
 * {@code existingFolder} is present exactly when IsExistingFolder is set.
 */
public record RopCreateFolderResponse(int handleIndex, long folderId, Optional<RopOpenFolderResponse> existingFolder)
        implements RopResponse {

    public RopCreateFolderResponse {
        if (existingFolder.filter(f -> f.handleIndex() != handleIndex).isPresent()) {
            throw new MapiCodecException("RopCreateFolder's existing-folder fields must carry handle index "
                    + handleIndex);
        }
    }

    @Override
    public RopId ropId() {
        return RopId.CREATE_FOLDER;
    }

    static RopCreateFolderResponse decode(ByteReader in, int handleIndex, ResponseContext context) {
        long folderId = in.i64();
        boolean existing = RopWire.bool(in);
        return new RopCreateFolderResponse(handleIndex, folderId,
                existing ? Optional.of(RopOpenFolderResponse.decode(in, handleIndex, context)) : Optional.empty());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.i64(folderId).u8(existingFolder.isPresent() ? 1 : 0);
        existingFolder.ifPresent(folder -> folder.encodeFields(out));
    }

    /** The response for a folder that already existed and was opened. */
    public static RopCreateFolderResponse existing(int handleIndex, long folderId, boolean hasRules) {
        return new RopCreateFolderResponse(handleIndex, folderId,
                Optional.of(new RopOpenFolderResponse(handleIndex, hasRules, false, 0, List.of())));
    }
}
