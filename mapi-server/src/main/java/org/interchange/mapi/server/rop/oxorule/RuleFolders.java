package org.interchange.mapi.server.rop.oxorule;

import java.util.Arrays;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.property.RuleAction;
import org.interchange.mapi.server.rop.EntryIds;
import org.interchange.mapi.server.store.ExchangeIds;
import org.interchange.mapi.server.store.Mailbox;

/**
 * The target folder of an OP_MOVE or OP_COPY action, [MS-OXORULE] 2.2.5.1.2.1: with
 * FolderInThisStore a ServerEid ([MS-OXCDATA] 2.11.1.4: Ours 0x01, the FID, a zero MID and Instance),
 * otherwise a folder EntryID ([MS-OXCDATA] 2.2.4.1) that must name a folder of this mailbox.
 */
final class RuleFolders {
    private static final int SERVER_EID_SIZE = 21;
    private static final int FOLDER_ENTRY_ID_SIZE = 46;
    /** Where the 6-byte global counter starts in a folder EntryID: Flags, ProviderUID, FolderType, DatabaseGuid. */
    private static final int COUNTER_OFFSET = 4 + 16 + 2 + 16;

    /** A target this server cannot reach: another store, or bytes that are no folder id. */
    static final class UnknownFolderException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownFolderException(String message) {
            super(message);
        }
    }

    private RuleFolders() {
    }

    /** The FID the action names in {@code mailbox}. */
    static long target(RuleAction.MoveCopy action, Mailbox mailbox) {
        byte[] id = action.folderEntryId();
        if (action.folderInThisStore()) {
            if (id.length != SERVER_EID_SIZE || id[0] != 0x01) {
                throw new UnknownFolderException("FolderInThisStore is set but the folder id is no ServerEid");
            }
            return new ByteReader(id, 1, 8).i64();
        }
        if (id.length != FOLDER_ENTRY_ID_SIZE) {
            throw new UnknownFolderException("a folder EntryID of " + id.length + " bytes is not of this store");
        }
        long counter = 0;
        for (int i = 0; i < 6; i++) {
            counter = counter << 8 | (id[COUNTER_OFFSET + i] & 0xFF);
        }
        long fid = ExchangeIds.make(ExchangeIds.LOCAL_REPLICA_ID, counter);
        if (!Arrays.equals(id, EntryIds.folder(mailbox, fid))) {
            throw new UnknownFolderException("the folder EntryID names a folder of another store");
        }
        return fid;
    }
}
