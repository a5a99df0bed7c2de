package org.interchange.mapi.codec.fxics;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * The ICS state properties, [MS-OXCFXICS] 2.2.1.1, each a REPLGUID-based IDSET or CNSET. The tag
 * of MetaTagIdsetGiven says PtypInteger32, but its value is handled as PtypBinary (3.1.5.2.1).
 */
public final class IcsStateProperties {
    /** MetaTagIdsetGiven, 2.2.1.1.1: ids in the client's replica (sent with type PtypInteger32). */
    public static final PropertyTag IDSET_GIVEN = new PropertyTag(0x40170003);
    /** MetaTagIdsetGiven with the PtypBinary type that servers also accept (3.2.5.2.1). */
    public static final PropertyTag IDSET_GIVEN_BINARY = new PropertyTag(0x40170102);
    /** MetaTagCnsetSeen, 2.2.1.1.2: change numbers of normal messages or folders seen. */
    public static final PropertyTag CNSET_SEEN = new PropertyTag(0x67960102);
    /** MetaTagCnsetSeenFAI, 2.2.1.1.3: change numbers of FAI messages seen. */
    public static final PropertyTag CNSET_SEEN_FAI = new PropertyTag(0x67DA0102);
    /** MetaTagCnsetRead, 2.2.1.1.4: change numbers of read-state changes seen. */
    public static final PropertyTag CNSET_READ = new PropertyTag(0x67D20102);

    /** The state properties in the order servers write them in the state element. */
    public static final List<PropertyTag> ALL = List.of(IDSET_GIVEN, CNSET_SEEN, CNSET_SEEN_FAI, CNSET_READ);

    private IcsStateProperties() {
    }

    /** Whether {@code tag} is one of the state properties (either type of MetaTagIdsetGiven). */
    public static boolean isStateProperty(PropertyTag tag) {
        return ALL.contains(tag) || tag.equals(IDSET_GIVEN_BINARY);
    }
}
