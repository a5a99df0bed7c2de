package org.interchange.mapi.server.store;

import java.util.Map;
import java.util.UUID;

/**
 * A private mailbox: its owner, its GUIDs ([MS-OXCSTOR] 2.2.1.1.3 MailboxGuid and ReplGuid)
 * and the FIDs of its special folders.
 */
public record Mailbox(long id, String owner, String displayName, String emailAddress,
        UUID mailboxGuid, UUID replicaGuid, Map<SpecialFolder, Long> specialFolders) {

    public Mailbox {
        specialFolders = Map.copyOf(specialFolders);
    }

    /** The FID of a special folder of this mailbox. */
    public long folderId(SpecialFolder folder) {
        Long fid = specialFolders.get(folder);
        if (fid == null) {
            throw new IllegalStateException("mailbox " + owner + " has no " + folder + " folder");
        }
        return fid;
    }
}
