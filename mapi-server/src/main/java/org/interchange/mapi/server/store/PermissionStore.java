package org.interchange.mapi.server.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folder permissions of the mailboxes of a {@link MailboxStore}, [MS-OXCPERM] 2.2 and 3.2.5: the
 * permissions list of each folder, the member ids of users, and who created the messages that a
 * member other than the owner saved (for EditOwned and DeleteOwned). Thread-safe.
 */
public interface PermissionStore {

    /** The stored entries of a folder's permissions list in member-id order (reserved members only when stored). */
    List<PermissionEntry> list(Mailbox mailbox, long fid);

    /** The PidTagMemberId of {@code user} (compared case-insensitively), allocated on first use; always above 0. */
    long memberId(String user);

    /** The user a member id stands for, or empty for reserved and unknown ids. */
    Optional<String> userOf(long memberId);

    /** Applies the changes to a folder's list in one transaction; fails with {@link NoSuchObjectException} for no folder. */
    void modify(Mailbox mailbox, long fid, PermissionChanges changes);

    /**
     * The rights {@code user} holds per folder of the mailbox: the user's own entry, else the default
     * user's entry; folders where neither exists are absent.
     */
    Map<Long, Integer> grantedRights(Mailbox mailbox, String user);

    /** Records that {@code user} created message {@code mid}. */
    void recordCreator(Mailbox mailbox, long mid, String user);

    /** Whether {@link #recordCreator} recorded {@code user} as the creator of message {@code mid}. */
    boolean createdBy(Mailbox mailbox, long mid, String user);
}
