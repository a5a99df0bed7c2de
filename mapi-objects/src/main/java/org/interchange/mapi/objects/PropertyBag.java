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

    public Optional<PropertyValue> get(PidName name) {
        return named.tagOf(name).flatMap(this::get);
    }

    /** The ids this bag reads its named properties with. */
    public NamedPropertyIds namedIds() {
        return named;
    }

    /** A multi-valued string property as a list; empty when absent. */
    public List<String> strings(PidName name) {
        return get(name).filter(v -> v.value() instanceof List<?>)
                .map(v -> ((List<?>) v.value()).stream().map(String::valueOf).toList()).orElse(List.of());
    }

    /** A multi-valued binary property as a list; empty when absent. */
    public List<byte[]> binaries(PidLid lid) {
        return get(lid).filter(v -> v.value() instanceof List<?>)
                .map(v -> ((List<?>) v.value()).stream().filter(byte[].class::isInstance).map(byte[].class::cast)
                        .toList()).orElse(List.of());
    }

    public byte[] bytes(PidLid lid) {
        return get(lid).filter(v -> v.value() instanceof byte[]).map(PropertyValue::asBytes).orElse(null);
    }

    /** Whether the property is present at all (a false boolean is present). */
    public boolean has(PidLid lid) {
        return get(lid).isPresent();
    }

    public boolean has(PropertyTag tag) {
        return get(tag).isPresent();
    }

    /** A builder that resolves named properties with {@code ids}. */
    public static Builder builder(NamedPropertyIds ids) {
        return new Builder(ids);
    }

    /**
     * Collects values for a new bag; null values are skipped. A named property the ids cannot
     * resolve is an error, so nothing converted is silently dropped.
     */
    public static final class Builder {
        private final NamedPropertyIds ids;
        private final Map<Integer, PropertyValue> values = new LinkedHashMap<>();

        private Builder(NamedPropertyIds ids) {
            this.ids = ids;
        }

        public Builder set(PropertyTag tag, Object value) {
            if (value != null) {
                values.put(tag.id(), PropertyValue.of(tag, value));
            }
            return this;
        }

        public Builder set(PidLid lid, Object value) {
            if (value != null) {
                set(ids.tagOf(lid).orElseThrow(() -> new IllegalStateException(String.format(
                        "named property {%s}/0x%04X has no id in this mailbox", lid.propertySet(), lid.lid()))), value);
            }
            return this;
        }

        public Builder set(PidName name, Object value) {
            if (value != null) {
                set(ids.tagOf(name).orElseThrow(() -> new IllegalStateException(
                        "named property " + name.name() + " has no id in this mailbox")), value);
            }
            return this;
        }

        public Builder remove(PropertyTag tag) {
            values.remove(tag.id());
            return this;
        }

        public PropertyBag build() {
            return PropertyBag.of(values.values(), ids);
        }
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
