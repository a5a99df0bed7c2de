package org.interchange.mapi.server.rop;

/**
 * A notification subscription made by RopRegisterNotification, [MS-OXCNOTIF] 3.2.5.1: the event
 * types wanted and the scope (the whole store, a folder, or one message of a folder).
 */
public record SubscriptionObject(LogonObject logon, int notificationTypes, boolean wholeStore, long folderId,
        long messageId) implements ServerObject {

    /** Whether an event of {@code type} on message {@code mid} (0 for a folder event) of {@code fid} matches. */
    public boolean matches(int type, long fid, long mid) {
        if ((notificationTypes & type) == 0) {
            return false;
        }
        if (wholeStore) {
            return true;
        }
        return folderId == fid && (messageId == 0 || messageId == mid);
    }
}
