package org.interchange.mapi.objects;

import java.util.UUID;
import org.interchange.mapi.codec.property.PropertyType;

/**
 * Named properties named by a string in their property set, [MS-OXPROPS] 2 (canonical PidName names)
 * and [MS-OXCDATA] 2.6.1 (MNID_STRING). Like {@link PidLid}s their ids are per mailbox.
 */
public record PidName(UUID propertySet, String name, PropertyType type) {
    /** [MS-OXPROPS] 1.3.2 PS_PUBLIC_STRINGS. */
    public static final UUID PS_PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-c000-000000000046");

    /** PidNameKeywords, the categories of any item, [MS-OXCMSG] 2.2.1.17. */
    public static final PidName KEYWORDS = new PidName(PS_PUBLIC_STRINGS, "Keywords", PropertyType.MULTIPLE_STRING);
}
