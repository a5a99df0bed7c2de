package org.interchange.mapi.server.rop;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyValue;

/** The properties of one server object (stored plus computed), [MS-OXCPRPT] 2.2.1. */
public interface PropertySource {

    /** Every property, one value per property id. */
    List<PropertyValue> all();

    /** The value with this property id, whatever its type. */
    default Optional<PropertyValue> find(int propertyId) {
        return all().stream().filter(v -> v.tag().id() == propertyId).findFirst();
    }

    /** A source over a fixed list where later values replace earlier ones with the same id. */
    static PropertySource of(List<PropertyValue> values) {
        java.util.Map<Integer, PropertyValue> byId = new java.util.LinkedHashMap<>();
        for (PropertyValue v : values) {
            byId.put(v.tag().id(), v);
        }
        List<PropertyValue> all = List.copyOf(byId.values());
        return () -> all;
    }
}
