package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/**
 * RopLogon success response for public folders, [MS-OXCROPS] 2.2.3.1.3: LogonFlags, 13 folder ids,
 * ReplId, ReplGuid and PerUserGuid.
 */
public record RopLogonPublicFoldersResponse(int handleIndex, int logonFlags, List<Long> folderIds, int replId,
                                            UUID replGuid, UUID perUserGuid) implements RopLogonResponse {

    public RopLogonPublicFoldersResponse {
        folderIds = RopLogonResponse.checkFolderIds(folderIds);
        Objects.requireNonNull(replGuid, "replGuid");
        Objects.requireNonNull(perUserGuid, "perUserGuid");
    }

    static RopLogonPublicFoldersResponse decodeFields(ByteReader in, int handleIndex) {
        return new RopLogonPublicFoldersResponse(handleIndex, in.u8(), RopLogonResponse.readFolderIds(in),
                in.u16(), in.guid(), in.guid());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, 0);
        out.u8(RopWire.u8(logonFlags, "LogonFlags"));
        folderIds.forEach(out::i64);
        out.u16(RopWire.u16(replId, "ReplId")).guid(replGuid).guid(perUserGuid);
    }
}
