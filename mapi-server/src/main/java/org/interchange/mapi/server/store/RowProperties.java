package org.interchange.mapi.server.store;

import java.util.Arrays;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * The part of a message's property bag that a table row can show, [MS-OXCTABL] 2.2.2.1.1, kept beside the
 * whole bag so a page of a contents table reads a few hundred bytes per message instead of its bodies. Every
 * property is kept; a string longer than {@link #MAX_CHARS} characters or a binary value longer than
 * {@link #MAX_BYTES} bytes is cut to that length, which is still longer than a table row shows (strings are cut
 * at 255 characters, larger binary values are the error ecMAPIOOM), so a row built from these values is the row
 * built from the whole bag.
 */
public final class RowProperties {
    /** Characters kept of a string value. */
    public static final int MAX_CHARS = 256;
    /** Bytes kept of a binary value. */
    public static final int MAX_BYTES = 512;

    private RowProperties() {
    }

    /** {@code bag} with long strings and binary values cut. */
    public static List<PropertyValue> of(List<PropertyValue> bag) {
        return bag.stream().map(RowProperties::cut).toList();
    }

    private static PropertyValue cut(PropertyValue v) {
        if (v.value() instanceof String s && s.length() > MAX_CHARS) {
            return new PropertyValue(v.tag(), s.substring(0, MAX_CHARS));
        }
        if (v.value() instanceof byte[] b && b.length > MAX_BYTES) {
            return new PropertyValue(v.tag(), Arrays.copyOf(b, MAX_BYTES));
        }
        return v;
    }
}
