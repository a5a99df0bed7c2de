package org.interchange.mapi.client.ics;

/**
 * A change the server pushed for a watched folder, [MS-OXCNOTIF] 2.2.1.4.1.2: the notification type
 * (ObjectCreated 0x04, ObjectDeleted 0x08, ObjectModified 0x10, ObjectMoved 0x20, ObjectCopied 0x40,
 * NewMail 0x02), the folder and the message (0 for a folder event). A synchronization client
 * answers it by downloading the folder's changes with ICS.
 */
public record ChangeNotification(int type, long folderId, long messageId) {
    public static final int NEW_MAIL = 0x0002;
    public static final int OBJECT_CREATED = 0x0004;
    public static final int OBJECT_DELETED = 0x0008;
    public static final int OBJECT_MODIFIED = 0x0010;
}
