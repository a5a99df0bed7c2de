package org.interchange.mapi.server.store;

import java.util.Map;
import java.util.Set;

/**
 * The changes of one RopModifyPermissions, [MS-OXCPERM] 2.2.2.1 and 3.2.5.2: with {@code replace}
 * (ReplaceRows) every entry but the default user's is removed first; then the members of
 * {@code rights} get those rights and the members of {@code removed} lose their entries.
 */
public record PermissionChanges(boolean replace, Map<Long, Integer> rights, Set<Long> removed) {

    public PermissionChanges {
        rights = Map.copyOf(rights);
        removed = Set.copyOf(removed);
    }

    /** Gives one member these rights. */
    public static PermissionChanges set(long memberId, int rights) {
        return new PermissionChanges(false, Map.of(memberId, rights), Set.of());
    }

    /** Removes one member's entry. */
    public static PermissionChanges remove(long memberId) {
        return new PermissionChanges(false, Map.of(), Set.of(memberId));
    }
}
