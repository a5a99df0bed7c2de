package org.interchange.mapi.objects;

import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * The property ids one mailbox assigned to named properties ([MS-OXCPRPT] 3.1.4.2), as returned
 * by RopGetPropertyIdsFromNames. Ids are per mailbox, so a map belongs to one logon.
 */
public final class NamedPropertyIds {
    public static final NamedPropertyIds NONE = new NamedPropertyIds(Map.of());

    private final Map<PidLid, Integer> ids;

    public NamedPropertyIds(Map<PidLid, Integer> ids) {
        this.ids = Map.copyOf(ids);
    }

    /** The tag of a named property in this mailbox, typed as the property set defines it. */
    public Optional<PropertyTag> tagOf(PidLid lid) {
        Integer id = ids.get(lid);
        return id == null || id == 0 ? Optional.empty() : Optional.of(PropertyTag.of(id, lid.type()));
    }
}
