package org.interchange.mapi.server.store;

import java.util.Objects;
import java.util.UUID;

/**
 * A named property's name, [MS-OXCDATA] 2.6.1: a property set GUID with either a long id
 * (Kind 0x00, MNID_ID) or a string name (Kind 0x01, MNID_STRING).
 */
public record PropertyName(UUID propertySet, Integer lid, String name) {

    public PropertyName {
        Objects.requireNonNull(propertySet, "propertySet");
        if ((lid == null) == (name == null)) {
            throw new IllegalArgumentException("a property name has exactly one of lid and name");
        }
    }

    public static PropertyName ofLid(UUID propertySet, int lid) {
        return new PropertyName(propertySet, lid, null);
    }

    public static PropertyName ofName(UUID propertySet, String name) {
        return new PropertyName(propertySet, null, name);
    }

    public boolean isLid() {
        return lid != null;
    }
}
