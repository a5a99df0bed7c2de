package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * The RopLogon responses, [MS-OXCROPS] 2.2.3.1.2 to 2.2.3.1.4: success for a private mailbox or
 * for public folders (chosen by the Private bit of LogonFlags), or the redirect returned with
 * ReturnValue ecWrongServer (0x00000478). Other failures decode as {@link RopErrorResponse}.
 */
public sealed interface RopLogonResponse extends RopResponse
        permits RopLogonPrivateMailboxResponse, RopLogonPublicFoldersResponse, RopLogonRedirectResponse {

    /** ecWrongServer, [MS-OXCDATA] 2.4.1. */
    int EC_WRONG_SERVER = 0x00000478;

    /** Number of folder ids in the FolderIds field. */
    int FOLDER_ID_COUNT = 13;

    int logonFlags();

    @Override
    default RopId ropId() {
        return RopId.LOGON;
    }

    static RopResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context) {
        if (returnValue == EC_WRONG_SERVER) {
            return RopLogonRedirectResponse.decodeFields(in, handleIndex);
        }
        if (returnValue != 0) {
            return new RopErrorResponse(RopId.LOGON, handleIndex, returnValue);
        }
        return (in.peekU8() & RopLogonRequest.LOGON_FLAG_PRIVATE) != 0
                ? RopLogonPrivateMailboxResponse.decodeFields(in, handleIndex)
                : RopLogonPublicFoldersResponse.decodeFields(in, handleIndex);
    }

    static List<Long> readFolderIds(ByteReader in) {
        in.require(FOLDER_ID_COUNT * 8, "RopLogon FolderIds");
        Long[] ids = new Long[FOLDER_ID_COUNT];
        for (int i = 0; i < FOLDER_ID_COUNT; i++) {
            ids[i] = in.i64();
        }
        return List.of(ids);
    }

    static List<Long> checkFolderIds(List<Long> folderIds) {
        if (folderIds.size() != FOLDER_ID_COUNT) {
            throw new MapiCodecException("RopLogon needs " + FOLDER_ID_COUNT + " folder ids, got " + folderIds.size());
        }
        return FrozenList.copyOf(folderIds);
    }
}
