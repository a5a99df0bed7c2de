package org.interchange.mapi.server.rop.oxcfxics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.PropertyTag;

/**
 * What RopSynchronizationConfigure asked for, [MS-OXCFXICS] 2.2.3.2.1.1.1: contents or hierarchy,
 * SendOptions, SynchronizationFlags, SynchronizationExtraFlags and the property tags to include
 * (OnlySpecifiedProperties) or exclude, and the restriction of a restricted contents synchronization.
 */
public record SyncConfiguration(boolean hierarchy, int sendOptions, int flags, int extraFlags, List<PropertyTag> tags,
                                Optional<Restriction> restriction) {
    public static final int UNICODE = 0x0001;
    public static final int NO_DELETIONS = 0x0002;
    public static final int IGNORE_NO_LONGER_IN_SCOPE = 0x0004;
    public static final int READ_STATE = 0x0008;
    public static final int FAI = 0x0010;
    public static final int NORMAL = 0x0020;
    public static final int ONLY_SPECIFIED_PROPERTIES = 0x0080;
    public static final int NO_FOREIGN_IDENTIFIERS = 0x0100;
    public static final int BEST_BODY = 0x2000;
    public static final int IGNORE_SPECIFIED_ON_FAI = 0x4000;
    public static final int PROGRESS = 0x8000;

    public static final int EXTRA_EID = 0x01;
    public static final int EXTRA_MESSAGE_SIZE = 0x02;
    public static final int EXTRA_CN = 0x04;
    public static final int EXTRA_ORDER_BY_DELIVERY_TIME = 0x08;

    public SyncConfiguration {
        tags = List.copyOf(tags);
        Objects.requireNonNull(restriction, "restriction");
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean hasExtra(int flag) {
        return (extraFlags & flag) != 0;
    }

    /** Whether a property with this id goes into the stream, by the include or exclude list. */
    public boolean includes(PropertyTag tag, boolean fai) {
        if (fai && has(IGNORE_SPECIFIED_ON_FAI)) {
            return true;
        }
        boolean listed = tags.stream().anyMatch(t -> t.id() == tag.id());
        return has(ONLY_SPECIFIED_PROPERTIES) == listed;
    }
}
