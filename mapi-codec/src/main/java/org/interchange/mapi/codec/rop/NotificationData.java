package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * NotificationData of RopNotify, [MS-OXCROPS] 2.2.14.2 and [MS-OXCNOTIF] 2.2.1.4.1.2. NotificationFlags
 * holds the NotificationType (low 12 bits: {@link #NEW_MAIL}, {@link #OBJECT_CREATED}, ...) and the
 * bits T (0x1000, TotalMessageCount follows), U (0x2000, UnreadMessageCount follows), S (0x4000,
 * search folder) and M (0x8000, the object is a message). Which other fields are on the wire follows
 * from the flags and the TableEventType; fields that are not have their zero value here (the
 * constructor resets them), so equal notifications have equal bytes.
 */
public record NotificationData(int notificationFlags, int tableEventType, long tableRowFolderId,
                               long tableRowMessageId, long tableRowInstance, long insertAfterTableRowFolderId,
                               long insertAfterTableRowId, long insertAfterTableRowInstance, byte[] tableRowData,
                               long folderId, long messageId, long parentFolderId, long oldFolderId,
                               long oldMessageId, long oldParentFolderId, int tagCount, List<PropertyTag> tags,
                               long totalMessageCount, long unreadMessageCount, long messageFlags,
                               boolean unicodeMessageClass, String messageClass) {
    public static final int CRITICAL_ERROR = 0x0001;
    public static final int NEW_MAIL = 0x0002;
    public static final int OBJECT_CREATED = 0x0004;
    public static final int OBJECT_DELETED = 0x0008;
    public static final int OBJECT_MODIFIED = 0x0010;
    public static final int OBJECT_MOVED = 0x0020;
    public static final int OBJECT_COPIED = 0x0040;
    public static final int SEARCH_COMPLETE = 0x0080;
    public static final int TABLE_MODIFIED = 0x0100;
    public static final int EXTENDED = 0x0400;
    public static final int FLAG_TOTAL = 0x1000;
    public static final int FLAG_UNREAD = 0x2000;
    public static final int FLAG_SEARCH = 0x4000;
    public static final int FLAG_MESSAGE = 0x8000;
    public static final int TABLE_CHANGED = 0x0001;
    public static final int TABLE_ROW_ADDED = 0x0003;
    public static final int TABLE_ROW_DELETED = 0x0004;
    public static final int TABLE_ROW_MODIFIED = 0x0005;
    public static final int TABLE_RESTRICTION_CHANGED = 0x0007;
    /** TagCount meaning "all properties changed"; no tags follow. */
    public static final int ALL_TAGS = 0xFFFF;

    public NotificationData {
        RopWire.u16(notificationFlags, "NotificationFlags");
        NotificationLayout l = new NotificationLayout(notificationFlags, tableEventType);
        tableEventType = l.tableEvent() ? RopWire.u16(tableEventType, "TableEventType") : 0;
        tableRowFolderId = l.tableRow() ? tableRowFolderId : 0;
        tableRowMessageId = l.tableRowMessage() ? tableRowMessageId : 0;
        tableRowInstance = l.tableRowMessage() ? tableRowInstance : 0;
        insertAfterTableRowFolderId = l.insertAfter() ? insertAfterTableRowFolderId : 0;
        insertAfterTableRowId = l.insertAfterMessage() ? insertAfterTableRowId : 0;
        insertAfterTableRowInstance = l.insertAfterMessage() ? insertAfterTableRowInstance : 0;
        tableRowData = l.insertAfter() ? tableRowData.clone() : new byte[0];
        folderId = l.folder() ? folderId : 0;
        messageId = l.message() ? messageId : 0;
        parentFolderId = l.parent() ? parentFolderId : 0;
        oldFolderId = l.old() ? oldFolderId : 0;
        oldMessageId = l.oldMessage() ? oldMessageId : 0;
        oldParentFolderId = l.oldParent() ? oldParentFolderId : 0;
        tagCount = l.tags() ? RopWire.u16(tagCount, "TagCount") : 0;
        tags = l.tags() && tagCount != ALL_TAGS ? FrozenList.copyOf(tags) : List.of();
        if (tags.size() != (tagCount == ALL_TAGS ? 0 : tagCount)) {
            throw new MapiCodecException("NotificationData TagCount " + tagCount + " but " + tags.size() + " tags");
        }
        totalMessageCount = (notificationFlags & FLAG_TOTAL) != 0 ? totalMessageCount : 0;
        unreadMessageCount = (notificationFlags & FLAG_UNREAD) != 0 ? unreadMessageCount : 0;
        messageFlags = l.newMail() ? messageFlags : 0;
        unicodeMessageClass = l.newMail() && unicodeMessageClass;
        messageClass = l.newMail() ? Objects.requireNonNull(messageClass, "messageClass") : "";
    }

    /** A NewMail notification (type 0x0002, bit M) for a message delivered to {@code folderId}. */
    public static NotificationData newMail(long folderId, long messageId, long messageFlags, String messageClass) {
        return new NotificationData(NEW_MAIL | FLAG_MESSAGE, 0, 0, 0, 0, 0, 0, 0, new byte[0], folderId, messageId,
                0, 0, 0, 0, 0, List.of(), 0, 0, messageFlags, true, messageClass);
    }

    /** A TableModified notification that only says the table changed (TableChanged, TableRestrictionChanged). */
    public static NotificationData tableChanged(int tableEventType) {
        return new NotificationData(TABLE_MODIFIED, tableEventType, 0, 0, 0, 0, 0, 0, new byte[0], 0, 0, 0, 0, 0, 0,
                0, List.of(), 0, 0, 0, false, "");
    }

    @Override
    public byte[] tableRowData() {
        return tableRowData.clone();
    }

    /** The NotificationType, the low 12 bits of NotificationFlags. */
    public int notificationType() {
        return notificationFlags & 0x0FFF;
    }

    /** TableRowData read as a PropertyRow of the table's {@code columns} (those of its last RopSetColumns). */
    public PropertyRow tableRow(List<PropertyTag> columns) {
        ByteReader in = new ByteReader(tableRowData);
        PropertyRow row = PropertyRow.decode(in, columns);
        if (in.hasRemaining()) {
            throw new MapiCodecException("NotificationData TableRowData leaves " + in.remaining() + " unread bytes");
        }
        return row;
    }

    static NotificationData decode(ByteReader in) {
        int flags = in.u16();
        int event = (flags & 0x0FFF) == TABLE_MODIFIED ? in.u16() : 0;
        NotificationLayout l = new NotificationLayout(flags, event);
        long rowFolder = l.tableRow() ? in.i64() : 0;
        long rowMessage = l.tableRowMessage() ? in.i64() : 0;
        long rowInstance = l.tableRowMessage() ? in.u32() : 0;
        long afterFolder = l.insertAfter() ? in.i64() : 0;
        long afterRow = l.insertAfterMessage() ? in.i64() : 0;
        long afterInstance = l.insertAfterMessage() ? in.u32() : 0;
        byte[] rowData = l.insertAfter() ? in.bytes(in.u16(), "NotificationData TableRowData") : new byte[0];
        long folder = l.folder() ? in.i64() : 0;
        long message = l.message() ? in.i64() : 0;
        long parent = l.parent() ? in.i64() : 0;
        long oldFolder = l.old() ? in.i64() : 0;
        long oldMessage = l.oldMessage() ? in.i64() : 0;
        long oldParent = l.oldParent() ? in.i64() : 0;
        int tagCount = l.tags() ? in.u16() : 0;
        List<PropertyTag> tags = tagCount == ALL_TAGS ? List.of() : RopWire.readTags(in, tagCount);
        long total = (flags & FLAG_TOTAL) != 0 ? in.u32() : 0;
        long unread = (flags & FLAG_UNREAD) != 0 ? in.u32() : 0;
        long messageFlags = l.newMail() ? in.u32() : 0;
        boolean unicode = l.newMail() && RopWire.bool(in);
        String messageClass = !l.newMail() ? "" : unicode ? in.utf16z() : in.ascii8z();
        return new NotificationData(flags, event, rowFolder, rowMessage, rowInstance, afterFolder, afterRow,
                afterInstance, rowData, folder, message, parent, oldFolder, oldMessage, oldParent, tagCount, tags,
                total, unread, messageFlags, unicode, messageClass);
    }

    void encode(ByteWriter out) {
        NotificationLayout l = new NotificationLayout(notificationFlags, tableEventType);
        out.u16(notificationFlags);
        if (l.tableEvent()) {
            out.u16(tableEventType);
        }
        if (l.tableRow()) {
            out.i64(tableRowFolderId);
        }
        if (l.tableRowMessage()) {
            out.i64(tableRowMessageId).i32((int) tableRowInstance);
        }
        if (l.insertAfter()) {
            out.i64(insertAfterTableRowFolderId);
        }
        if (l.insertAfterMessage()) {
            out.i64(insertAfterTableRowId).i32((int) insertAfterTableRowInstance);
        }
        if (l.insertAfter()) {
            out.u16(RopWire.u16(tableRowData.length, "TableRowDataSize")).bytes(tableRowData);
        }
        encodeObjectFields(out, l);
    }

    private void encodeObjectFields(ByteWriter out, NotificationLayout l) {
        if (l.folder()) {
            out.i64(folderId);
        }
        if (l.message()) {
            out.i64(messageId);
        }
        if (l.parent()) {
            out.i64(parentFolderId);
        }
        if (l.old()) {
            out.i64(oldFolderId);
        }
        if (l.oldMessage()) {
            out.i64(oldMessageId);
        }
        if (l.oldParent()) {
            out.i64(oldParentFolderId);
        }
        if (l.tags()) {
            out.u16(tagCount);
            tags.forEach(tag -> out.i32(tag.value()));
        }
        if ((notificationFlags & FLAG_TOTAL) != 0) {
            out.i32((int) totalMessageCount);
        }
        if ((notificationFlags & FLAG_UNREAD) != 0) {
            out.i32((int) unreadMessageCount);
        }
        if (l.newMail()) {
            out.i32((int) messageFlags).u8(unicodeMessageClass ? 1 : 0);
            if (unicodeMessageClass) {
                out.utf16z(messageClass);
            } else {
                out.ascii8z(messageClass);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationData n && n.notificationFlags == notificationFlags
                && n.tableEventType == tableEventType && n.tableRowFolderId == tableRowFolderId
                && n.tableRowMessageId == tableRowMessageId && n.tableRowInstance == tableRowInstance
                && n.insertAfterTableRowFolderId == insertAfterTableRowFolderId
                && n.insertAfterTableRowId == insertAfterTableRowId
                && n.insertAfterTableRowInstance == insertAfterTableRowInstance
                && Arrays.equals(n.tableRowData, tableRowData) && n.folderId == folderId && n.messageId == messageId
                && n.parentFolderId == parentFolderId && n.oldFolderId == oldFolderId && n.oldMessageId == oldMessageId
                && n.oldParentFolderId == oldParentFolderId && n.tagCount == tagCount && n.tags.equals(tags)
                && n.totalMessageCount == totalMessageCount && n.unreadMessageCount == unreadMessageCount
                && n.messageFlags == messageFlags && n.unicodeMessageClass == unicodeMessageClass
                && n.messageClass.equals(messageClass);
    }

    @Override
    public int hashCode() {
        return Objects.hash(notificationFlags, tableEventType, tableRowFolderId, tableRowMessageId, folderId,
                messageId, oldFolderId, tags, messageClass) * 31 + Arrays.hashCode(tableRowData);
    }

    @Override
    public String toString() {
        return "NotificationData[flags=0x" + Integer.toHexString(notificationFlags) + ", tableEventType="
                + tableEventType + ", tableRowFolderId=" + tableRowFolderId + ", tableRowMessageId="
                + tableRowMessageId + ", tableRowInstance=" + tableRowInstance + ", insertAfterTableRowFolderId="
                + insertAfterTableRowFolderId + ", insertAfterTableRowId=" + insertAfterTableRowId
                + ", insertAfterTableRowInstance=" + insertAfterTableRowInstance + ", tableRowData="
                + HexFormat.of().formatHex(tableRowData) + ", folderId=" + folderId + ", messageId=" + messageId
                + ", parentFolderId=" + parentFolderId + ", oldFolderId=" + oldFolderId + ", oldMessageId="
                + oldMessageId + ", oldParentFolderId=" + oldParentFolderId + ", tagCount=" + tagCount + ", tags="
                + tags + ", totalMessageCount=" + totalMessageCount + ", unreadMessageCount=" + unreadMessageCount
                + ", messageFlags=" + messageFlags + ", unicode=" + unicodeMessageClass + ", messageClass="
                + messageClass + "]";
    }
}
