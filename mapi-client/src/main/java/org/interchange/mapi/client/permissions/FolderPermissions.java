package org.interchange.mapi.client.permissions;

import java.util.List;
import java.util.Objects;
import org.interchange.mapi.client.internal.session.PermissionsOperation;
import org.interchange.mapi.client.write.SessionAccess;
import org.interchange.mapi.codec.ids.AddressBookEntryId;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.PermissionData;

/**
 * Reads and changes the permissions lists of a session's folders, [MS-OXCPERM] 3.1.4: who else
 * may see, read or change a folder. Obtain it from {@code MapiSession.permissions()}; changing a
 * list needs FolderOwner on the folder. Failures are {@code MapiOperationException}s naming the
 * ROP (ecAccessDenied 0x80070005 without the right, ecNotFound for an unknown user or member).
 */
public final class FolderPermissions {
    static final PropertyTag ENTRY_ID = PropertyTag.of(0x0FFF, PropertyType.BINARY);
    static final PropertyTag MEMBER_ID = PropertyTag.of(0x6671, PropertyType.INTEGER64);
    static final PropertyTag MEMBER_NAME = PropertyTag.of(0x6672, PropertyType.STRING);
    static final PropertyTag MEMBER_RIGHTS = PropertyTag.of(0x6673, PropertyType.INTEGER32);
    private static final List<PropertyTag> COLUMNS = List.of(MEMBER_ID, MEMBER_NAME, MEMBER_RIGHTS, ENTRY_ID);
    private static final int ADD_ROW = 0x01;
    private static final int MODIFY_ROW = 0x02;
    private static final int REMOVE_ROW = 0x04;

    private final SessionAccess session;

    public FolderPermissions(SessionAccess session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** The folder's permissions list, the default and anonymous users included, free/busy rights included. */
    public List<PermissionEntry> list(long folderId) {
        return session.call(c -> PermissionsOperation.list(c, folderId, COLUMNS)).stream()
                .map(FolderPermissions::entry).toList();
    }

    /** Gives the user with this legacy DN (as the address book reports it) {@code rights} on the folder. */
    public void grant(long folderId, String userDn, int rights) {
        byte[] entryId = AddressBookEntryId.of(AddressBookEntryId.LOCAL_MAIL_USER, userDn).encode();
        modify(folderId, new PermissionData(ADD_ROW, List.of(PropertyValue.of(ENTRY_ID, entryId),
                PropertyValue.of(MEMBER_RIGHTS, rights))));
    }

    /** Sets the rights of a member already in the list (or of {@link PermissionEntry#DEFAULT_MEMBER}). */
    public void setRights(long folderId, long memberId, int rights) {
        modify(folderId, new PermissionData(MODIFY_ROW, List.of(PropertyValue.of(MEMBER_ID, memberId),
                PropertyValue.of(MEMBER_RIGHTS, rights))));
    }

    /** Removes a member's entry from the list. */
    public void remove(long folderId, long memberId) {
        modify(folderId, new PermissionData(REMOVE_ROW, List.of(PropertyValue.of(MEMBER_ID, memberId))));
    }

    private void modify(long folderId, PermissionData row) {
        session.call(c -> {
            PermissionsOperation.modify(c, folderId, false, List.of(row));
            return null;
        });
    }

    private static PermissionEntry entry(PropertyRow row) {
        List<PropertyValue> v = row.values();
        return new PermissionEntry(v.get(0).asLong(), v.get(1).asString(), v.get(3).asBytes(), v.get(2).asInt());
    }
}
