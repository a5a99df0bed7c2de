package org.interchange.mapi.client.permissions;

/**
 * One entry of a folder's permissions list, [MS-OXCPERM] 2.2.4 to 2.2.7: PidTagMemberId,
 * PidTagMemberName, PidTagEntryId (the member's Address Book EntryID, empty for the default and
 * anonymous users) and PidTagMemberRights ({@link FolderRights}).
 */
public record PermissionEntry(long memberId, String name, byte[] entryId, int rights) {
    /** PidTagMemberId of the default user: everyone without an entry of their own, [MS-OXCPERM] 2.2.5. */
    public static final long DEFAULT_MEMBER = 0L;
    /** PidTagMemberId of the anonymous user, [MS-OXCPERM] 2.2.5. */
    public static final long ANONYMOUS_MEMBER = -1L;

    public PermissionEntry {
        entryId = entryId.clone();
    }

    @Override
    public byte[] entryId() {
        return entryId.clone();
    }
}
