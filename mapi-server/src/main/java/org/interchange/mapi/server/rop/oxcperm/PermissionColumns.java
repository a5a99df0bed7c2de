package org.interchange.mapi.server.rop.oxcperm;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.ids.AddressBookEntryId;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.server.rop.PropertySource;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.PermissionEntry;

/**
 * The rows of a permissions table, [MS-OXCPERM] 2.2.4 to 2.2.7: PidTagEntryId, PidTagMemberId,
 * PidTagMemberName and PidTagMemberRights; the default user first and the anonymous user last,
 * both always present, the users between them in member-id order.
 */
public final class PermissionColumns {
    /** PidTagEntryId, [MS-OXCPERM] 2.2.4: the member's Address Book EntryID; empty for the reserved members. */
    public static final PropertyTag ENTRY_ID = PropertyTag.of(0x0FFF, PropertyType.BINARY);
    /** PidTagMemberId, [MS-OXCPERM] 2.2.5. */
    public static final PropertyTag MEMBER_ID = PropertyTag.of(0x6671, PropertyType.INTEGER64);
    /** PidTagMemberName, [MS-OXCPERM] 2.2.6. */
    public static final PropertyTag MEMBER_NAME = PropertyTag.of(0x6672, PropertyType.STRING);
    /** PidTagMemberRights, [MS-OXCPERM] 2.2.7. */
    public static final PropertyTag MEMBER_RIGHTS = PropertyTag.of(0x6673, PropertyType.INTEGER32);
    /** PidTagMemberName of the anonymous user, [MS-OXCPERM] 2.2.6 (the default user's is empty). */
    public static final String ANONYMOUS_NAME = "Anonymous";

    private PermissionColumns() {
    }

    /** The table rows for a folder's stored entries; without {@code includeFreeBusy} the free/busy bits are cleared. */
    public static List<PropertySource> rows(List<PermissionEntry> entries, boolean includeFreeBusy) {
        int mask = includeFreeBusy ? MemberRights.ALL : MemberRights.ALL & ~MemberRights.FREE_BUSY;
        int defaultRights = 0;
        int anonymousRights = 0;
        List<PropertySource> users = new ArrayList<>();
        for (PermissionEntry e : entries) {
            if (e.memberId() == PermissionEntry.DEFAULT_MEMBER) {
                defaultRights = e.rights();
            } else if (e.memberId() == PermissionEntry.ANONYMOUS_MEMBER) {
                anonymousRights = e.rights();
            } else {
                users.add(row(e.memberId(), e.displayName(), AddressBookEntryId.of(AddressBookEntryId.LOCAL_MAIL_USER,
                        UserDn.of(e.user())).encode(), e.rights() & mask));
            }
        }
        List<PropertySource> rows = new ArrayList<>();
        rows.add(row(PermissionEntry.DEFAULT_MEMBER, "", new byte[0], defaultRights & mask));
        rows.addAll(users);
        rows.add(row(PermissionEntry.ANONYMOUS_MEMBER, ANONYMOUS_NAME, new byte[0], anonymousRights & mask));
        return rows;
    }

    private static PropertySource row(long memberId, String name, byte[] entryId, int rights) {
        return PropertySource.of(List.of(PropertyValue.of(ENTRY_ID, entryId), PropertyValue.of(MEMBER_ID, memberId),
                PropertyValue.of(MEMBER_NAME, name), PropertyValue.of(MEMBER_RIGHTS, rights)));
    }
}
