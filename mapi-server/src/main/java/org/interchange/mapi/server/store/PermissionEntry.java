package org.interchange.mapi.server.store;

/**
 * One entry of a folder's permissions list, [MS-OXCPERM] 2.2: the member's PidTagMemberId, the user
 * it stands for (null for the two reserved members) with the display name of that user's mailbox
 * (or the user name), and PidTagMemberRights.
 */
public record PermissionEntry(long memberId, String user, String displayName, int rights) {
    /** PidTagMemberId of the default user, [MS-OXCPERM] 2.2.5: every user without an entry of their own. */
    public static final long DEFAULT_MEMBER = 0L;
    /** PidTagMemberId of the anonymous user, [MS-OXCPERM] 2.2.5: clients that did not authenticate. */
    public static final long ANONYMOUS_MEMBER = -1L;

    /** Whether this is the default or the anonymous user. */
    public boolean reserved() {
        return memberId == DEFAULT_MEMBER || memberId == ANONYMOUS_MEMBER;
    }
}
