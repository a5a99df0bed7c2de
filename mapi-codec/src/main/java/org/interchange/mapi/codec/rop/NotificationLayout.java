package org.interchange.mapi.codec.rop;

/**
 * Which optional fields of a NotificationData are present, [MS-OXCNOTIF] 2.2.1.4.1.2, given its
 * NotificationFlags and TableEventType.
 */
record NotificationLayout(int flags, int tableEventType) {

    private int type() {
        return flags & 0x0FFF;
    }

    private boolean isMessage() {
        return (flags & NotificationData.FLAG_MESSAGE) != 0;
    }

    boolean tableEvent() {
        return type() == NotificationData.TABLE_MODIFIED;
    }

    /** TableRowFolderID: TableRowAdded, TableRowDeleted or TableRowModified. */
    boolean tableRow() {
        return tableEvent() && (tableEventType == NotificationData.TABLE_ROW_ADDED
                || tableEventType == NotificationData.TABLE_ROW_DELETED
                || tableEventType == NotificationData.TABLE_ROW_MODIFIED);
    }

    boolean tableRowMessage() {
        return tableRow() && isMessage();
    }

    /** InsertAfterTableRowFolderID and TableRowData: TableRowAdded or TableRowModified. */
    boolean insertAfter() {
        return tableEvent() && (tableEventType == NotificationData.TABLE_ROW_ADDED
                || tableEventType == NotificationData.TABLE_ROW_MODIFIED);
    }

    boolean insertAfterMessage() {
        return insertAfter() && isMessage();
    }

    boolean folder() {
        return type() != NotificationData.TABLE_MODIFIED && type() != NotificationData.EXTENDED;
    }

    boolean message() {
        return folder() && isMessage();
    }

    /** ParentFolderId: created, deleted, moved or copied, for a folder (no S, no M) or a message in a search folder (S and M). */
    boolean parent() {
        int t = type();
        boolean kind = t == NotificationData.OBJECT_CREATED || t == NotificationData.OBJECT_DELETED
                || t == NotificationData.OBJECT_MOVED || t == NotificationData.OBJECT_COPIED;
        boolean search = (flags & NotificationData.FLAG_SEARCH) != 0;
        return kind && search == isMessage();
    }

    boolean old() {
        return type() == NotificationData.OBJECT_MOVED || type() == NotificationData.OBJECT_COPIED;
    }

    boolean oldMessage() {
        return old() && isMessage();
    }

    boolean oldParent() {
        return old() && !isMessage();
    }

    /** TagCount: ObjectCreated or ObjectModified. */
    boolean tags() {
        return type() == NotificationData.OBJECT_CREATED || type() == NotificationData.OBJECT_MODIFIED;
    }

    boolean newMail() {
        return type() == NotificationData.NEW_MAIL;
    }
}
