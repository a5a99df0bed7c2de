package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.io.MapiCodecException;

/** A property tag: 16-bit property id and 16-bit property type, [MS-OXCDATA] 2.9. */
public record PropertyTag(int value) {
    /** Recently decoded tags, so that the columns every row and request repeat are not allocated again. */
    private static final PropertyTag[] CACHE = new PropertyTag[1024];

    /**
     * The tag with this value, shared with earlier calls where it can be: a decoder calls this for
     * every tag it reads. Tags are immutable, so a slot that another thread overwrites is harmless.
     */
    public static PropertyTag valueOf(int value) {
        int slot = (value ^ value >>> 16 ^ value >>> 10) & (CACHE.length - 1);
        PropertyTag cached = CACHE[slot];
        if (cached != null && cached.value == value) {
            return cached;
        }
        PropertyTag tag = new PropertyTag(value);
        CACHE[slot] = tag;
        return tag;
    }

    public static PropertyTag of(int id, PropertyType type) {
        return new PropertyTag((id & 0xFFFF) << 16 | type.code());
    }

    public int id() {
        return value >>> 16;
    }

    public int typeCode() {
        return value & 0xFFFF;
    }

    /** The type, or a {@link MapiCodecException} naming the tag when the type code is unknown. */
    public PropertyType type() {
        return PropertyType.fromCode(typeCode()).orElseThrow(() ->
                new MapiCodecException("unknown property type 0x" + Integer.toHexString(typeCode())
                        + " in tag " + this));
    }

    public PropertyTag withType(PropertyType type) {
        return of(id(), type);
    }

    /** Named properties have ids 0x8000..0xFFFE, [MS-OXPROPS] 1.3.2. */
    public boolean isNamed() {
        return id() >= 0x8000;
    }

    @Override
    public String toString() {
        return String.format("0x%08X", value);
    }
}
