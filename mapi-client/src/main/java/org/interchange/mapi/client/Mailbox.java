package org.interchange.mapi.client;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A logged-on private mailbox, [MS-OXCROPS] 2.2.3.1.2: the ids of its special folders and its
 * identity. Folder ids are 64-bit FIDs ([MS-OXCDATA] 2.2.1.1) as the server sent them.
 *
 * @param folderIds   the 13 FolderIds of the RopLogon response, in {@link SpecialFolder} order
 * @param mailboxGuid MailboxGuid of the RopLogon response
 * @param replicaId   ReplId: the 16-bit replica id of this store's ids
 * @param replicaGuid ReplGuid: the replica GUID matching {@code replicaId}
 */
public record Mailbox(List<Long> folderIds, UUID mailboxGuid, int replicaId, UUID replicaGuid) {

    public Mailbox {
        folderIds = List.copyOf(folderIds);
        if (folderIds.size() != SpecialFolder.values().length) {
            throw new IllegalArgumentException("a private logon has " + SpecialFolder.values().length
                    + " special folders, got " + folderIds.size());
        }
        Objects.requireNonNull(mailboxGuid, "mailboxGuid");
        Objects.requireNonNull(replicaGuid, "replicaGuid");
    }

    /** The folder id of a special folder. */
    public long folderId(SpecialFolder folder) {
        return folderIds.get(folder.ordinal());
    }

    /** All special folders with their ids. */
    public Map<SpecialFolder, Long> specialFolders() {
        Map<SpecialFolder, Long> map = new EnumMap<>(SpecialFolder.class);
        for (SpecialFolder f : SpecialFolder.values()) {
            map.put(f, folderId(f));
        }
        return map;
    }
}
