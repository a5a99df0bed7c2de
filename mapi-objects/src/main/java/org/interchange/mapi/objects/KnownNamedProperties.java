package org.interchange.mapi.objects;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every named property [MS-OXPROPS] 2 that {@link PidLid} and {@link PidName} define, in declaration
 * order: what a client resolves (or a server allocates) before converting items, and the ids
 * {@link #offline()} gives for converting files without a mailbox.
 */
public final class KnownNamedProperties {
    private static final List<PidLid> LIDS = constants(PidLid.class);
    private static final List<PidName> NAMES = constants(PidName.class);
    private static final NamedPropertyIds OFFLINE = NamedPropertyIds.sequential(LIDS, NAMES);

    private KnownNamedProperties() {
    }

    public static List<PidLid> lids() {
        return LIDS;
    }

    public static List<PidName> names() {
        return NAMES;
    }

    /** Ids 0x8000 upward for every known name, for items converted away from any mailbox. */
    public static NamedPropertyIds offline() {
        return OFFLINE;
    }

    private static <T> List<T> constants(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isPublic(m) && f.getType() == type) {
                try {
                    out.add(type.cast(f.get(null)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(out);
    }
}
