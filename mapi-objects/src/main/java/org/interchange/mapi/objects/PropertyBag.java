package org.interchange.mapi.objects;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * The properties of one MAPI object keyed by property id, [MS-OXCPRPT] 2.2.1. Error values
 * (for example ecNotFound for a missing property) read as absent; named properties are read
 * through the ids a {@link NamedPropertyIds} resolved for this mailbox.
 */
public final class PropertyBag {
    private final Map<Integer, PropertyValue> byId;
    private final NamedPropertyIds named;

    private PropertyBag(Map<Integer, PropertyValue> byId, NamedPropertyIds named) {
        this.byId = byId;
        this.named = named;
    }

    public static PropertyBag of(Collection<PropertyValue> values, NamedPropertyIds named) {
        Map<Integer, PropertyValue> map = new LinkedHashMap<>();
        for (PropertyValue v : values) {
            if (!v.isError() && v.value() != null) {
                map.put(v.tag().id(), v);
            }
        }
        return new PropertyBag(map, named);
    }

    public static PropertyBag of(Collection<PropertyValue> values) {
        return of(values, NamedPropertyIds.NONE);
    }

    public List<PropertyValue> values() {
        return List.copyOf(byId.values());
    }

    public Optional<PropertyValue> get(PropertyTag tag) {
        return Optional.ofNullable(byId.get(tag.id()));
    }

    public Optional<PropertyValue> get(PidLid lid) {
        return named.tagOf(lid).flatMap(this::get);
    }

    public String string(PropertyTag tag) {
        return get(tag).map(v -> v.value().toString()).orElse(null);
    }

    public String string(PidLid lid) {
        return get(lid).map(v -> v.value().toString()).orElse(null);
    }

    public Instant time(PropertyTag tag) {
        return get(tag).filter(v -> v.value() instanceof Instant).map(PropertyValue::asTime).orElse(null);
    }

    public Instant time(PidLid lid) {
        return get(lid).filter(v -> v.value() instanceof Instant).map(PropertyValue::asTime).orElse(null);
    }

    public long number(PropertyTag tag, long fallback) {
        return get(tag).filter(v -> v.value() instanceof Number).map(PropertyValue::asLong).orElse(fallback);
    }

    public double decimal(PidLid lid, double fallback) {
        return get(lid).filter(v -> v.value() instanceof Number)
                .map(v -> ((Number) v.value()).doubleValue()).orElse(fallback);
    }

    public long number(PidLid lid, long fallback) {
        return get(lid).filter(v -> v.value() instanceof Number).map(PropertyValue::asLong).orElse(fallback);
    }

    public boolean flag(PropertyTag tag) {
        return get(tag).filter(v -> v.value() instanceof Boolean).map(PropertyValue::asBoolean).orElse(false);
    }

    public boolean flag(PidLid lid) {
        return get(lid).filter(v -> v.value() instanceof Boolean).map(PropertyValue::asBoolean).orElse(false);
    }

    public byte[] bytes(PropertyTag tag) {
        return get(tag).filter(v -> v.value() instanceof byte[]).map(PropertyValue::asBytes).orElse(null);
    }
}
