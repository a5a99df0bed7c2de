package org.interchange.mapi.server.store;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.PropertyValueCodec;

/**
 * Stores a property bag as bytes: a uint32 count, then TaggedPropertyValues, [MS-OXCDATA] 2.11.4,
 * with the 32-bit byte counts of {@link PropertyValueCodec#WIDE} so values may exceed 64 KB.
 */
public final class PropertyBagSerializer {
    private static final int MAX_VALUES = 1 << 16;

    private PropertyBagSerializer() {
    }

    public static byte[] serialize(List<PropertyValue> values) {
        ByteWriter w = new ByteWriter(256);
        w.i32(values.size());
        for (PropertyValue v : values) {
            PropertyValueCodec.WIDE.writeTagged(w, v);
        }
        return w.toByteArray();
    }

    public static List<PropertyValue> deserialize(byte[] bytes) {
        ByteReader r = new ByteReader(bytes);
        int count = r.i32();
        if (count < 0 || count > MAX_VALUES || count > r.remaining() / 4) {
            throw new MapiCodecException("stored property bag count out of range: " + count);
        }
        List<PropertyValue> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(PropertyValueCodec.WIDE.readTagged(r));
        }
        if (r.hasRemaining()) {
            throw new MapiCodecException(r.remaining() + " bytes follow the stored property bag");
        }
        return out;
    }
}
