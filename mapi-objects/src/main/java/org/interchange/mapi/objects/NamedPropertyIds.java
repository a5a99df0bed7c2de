package org.interchange.mapi.objects;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * The property ids one mailbox assigned to named properties ([MS-OXCPRPT] 3.1.4.2), as returned
 * by RopGetPropertyIdsFromNames. Ids are per mailbox, so a map belongs to one logon.
 */
public final class NamedPropertyIds {
    public static final NamedPropertyIds NONE = new NamedPropertyIds(Map.of());
    /** The first id of the named-property range, [MS-OXPROPS] 1.3.2. */
    private static final int FIRST_NAMED_ID = 0x8000;

    private final Map<PidLid, Integer> ids;
    private final Map<PidName, Integer> names;

    public NamedPropertyIds(Map<PidLid, Integer> ids) {
        this(ids, Map.of());
    }

    public NamedPropertyIds(Map<PidLid, Integer> ids, Map<PidName, Integer> names) {
        this.ids = Map.copyOf(ids);
        this.names = Map.copyOf(names);
    }

    /**
     * Ids 0x8000 upward in the order given, as a server hands them out in a fresh mailbox: for
     * converting items offline (files, tests) before a mailbox's own ids are known.
     */
    public static NamedPropertyIds sequential(Collection<PidLid> lids, Collection<PidName> strings) {
        Map<PidLid, Integer> byLid = new HashMap<>();
        Map<PidName, Integer> byName = new HashMap<>();
        int next = FIRST_NAMED_ID;
        for (PidLid lid : lids) {
            if (!byLid.containsKey(lid)) {
                byLid.put(lid, next++);
            }
        }
        for (PidName name : strings) {
            if (!byName.containsKey(name)) {
                byName.put(name, next++);
            }
        }
        return new NamedPropertyIds(byLid, byName);
    }

    /** The tag of a named property in this mailbox, typed as the property set defines it. */
    public Optional<PropertyTag> tagOf(PidLid lid) {
        Integer id = ids.get(lid);
        return id == null || id == 0 ? Optional.empty() : Optional.of(PropertyTag.of(id, lid.type()));
    }

    /** The tag of a string-named property in this mailbox. */
    public Optional<PropertyTag> tagOf(PidName name) {
        Integer id = names.get(name);
        return id == null || id == 0 ? Optional.empty() : Optional.of(PropertyTag.of(id, name.type()));
    }
}
