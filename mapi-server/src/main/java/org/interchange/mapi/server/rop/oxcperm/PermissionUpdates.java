package org.interchange.mapi.server.rop.oxcperm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interchange.mapi.codec.ids.AddressBookEntryId;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.PermissionData;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.PermissionChanges;
import org.interchange.mapi.server.store.PermissionEntry;

/**
 * Turns the PermissionData rows of a RopModifyPermissions into {@link PermissionChanges},
 * [MS-OXCPERM] 2.2.2 and 3.2.5.2: AddRow names a user by PidTagEntryId, ModifyRow and RemoveRow
 * name a member by PidTagMemberId; without IncludeFreeBusy a member keeps its free/busy bits.
 * Malformed rows give ecInvalidParam, unknown users and members ecNotFound.
 */
final class PermissionUpdates {
    static final int ADD_ROW = 0x01;
    static final int MODIFY_ROW = 0x02;
    static final int REMOVE_ROW = 0x04;

    private final MailboxStore store;
    private final Map<Long, Integer> current = new HashMap<>();

    PermissionUpdates(MailboxStore store, List<PermissionEntry> entries) {
        this.store = store;
        entries.forEach(e -> current.put(e.memberId(), e.rights()));
    }

    PermissionChanges changes(List<PermissionData> rows, boolean replace, boolean includeFreeBusy) {
        Map<Long, Integer> rights = new HashMap<>();
        Set<Long> removed = new HashSet<>();
        for (PermissionData row : rows) {
            int flags = row.permissionDataFlags();
            if (flags != ADD_ROW && flags != MODIFY_ROW && flags != REMOVE_ROW || replace && flags != ADD_ROW) {
                throw invalid("PermissionDataFlags 0x" + Integer.toHexString(flags)
                        + (replace ? " with ReplaceRows (AddRow only)" : ""));
            }
            if (flags == REMOVE_ROW) {
                long member = existingMember(row);
                removed.add(member);
                rights.remove(member);
                continue;
            }
            long member = flags == ADD_ROW ? addedMember(row) : existingMember(row);
            int requested = find(row, PermissionColumns.MEMBER_RIGHTS).map(PropertyValue::asInt)
                    .orElseThrow(() -> invalid("a row without PidTagMemberRights"));
            if (!MemberRights.valid(requested)) {
                throw invalid("PidTagMemberRights 0x" + Integer.toHexString(requested) + " sets undefined bits");
            }
            int kept = includeFreeBusy ? requested
                    : requested & ~MemberRights.FREE_BUSY | current.getOrDefault(member, 0) & MemberRights.FREE_BUSY;
            rights.put(member, kept);
            removed.remove(member);
        }
        return new PermissionChanges(replace, rights, removed);
    }

    private long addedMember(PermissionData row) {
        byte[] entryId = find(row, PermissionColumns.ENTRY_ID).map(PropertyValue::asBytes)
                .orElseThrow(() -> invalid("AddRow without PidTagEntryId"));
        if (entryId.length == 0) {
            return existingMember(row);
        }
        String user;
        try {
            user = UserDn.userOf(AddressBookEntryId.decode(entryId).x500Dn());
        } catch (MapiCodecException e) {
            throw invalid("AddRow PidTagEntryId is not an Address Book EntryID: " + e.getMessage());
        }
        if (store.findMailbox(user).isEmpty()) {
            throw new RopFailure(RopErrors.NOT_FOUND, "AddRow names unknown user " + user);
        }
        return store.permissions().memberId(user);
    }

    private long existingMember(PermissionData row) {
        long member = find(row, PermissionColumns.MEMBER_ID).map(PropertyValue::asLong)
                .orElseThrow(() -> invalid("a row without PidTagMemberId"));
        if (member != PermissionEntry.DEFAULT_MEMBER && member != PermissionEntry.ANONYMOUS_MEMBER
                && !current.containsKey(member)) {
            throw new RopFailure(RopErrors.NOT_FOUND, "member " + member + " is not in the permissions list");
        }
        return member;
    }

    private static Optional<PropertyValue> find(PermissionData row, PropertyTag tag) {
        return row.propertyValues().stream().filter(v -> v.tag().equals(tag) && v.value() != null).findFirst();
    }

    private static RopFailure invalid(String what) {
        return new RopFailure(RopErrors.INVALID_PARAMETER, "RopModifyPermissions: " + what);
    }
}
