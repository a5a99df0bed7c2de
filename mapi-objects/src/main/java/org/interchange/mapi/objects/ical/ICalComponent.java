package org.interchange.mapi.objects.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One iCalendar component (RFC 5545 3.4 and 3.6) with its properties and sub-components, in file order. */
public final class ICalComponent {
    private final String name;
    private final List<ICalProperty> properties = new ArrayList<>();
    private final List<ICalComponent> components = new ArrayList<>();

    public ICalComponent(String name) {
        this.name = Objects.requireNonNull(name, "name").toUpperCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }

    public List<ICalProperty> properties() {
        return List.copyOf(properties);
    }

    public List<ICalComponent> components() {
        return List.copyOf(components);
    }

    public ICalComponent add(ICalProperty property) {
        properties.add(property);
        return this;
    }

    /** Adds a property with no parameters unless {@code value} is null. */
    public ICalComponent add(String propertyName, String value) {
        if (value != null) {
            properties.add(new ICalProperty(propertyName, value));
        }
        return this;
    }

    public ICalComponent add(ICalComponent component) {
        components.add(component);
        return this;
    }

    public Optional<ICalProperty> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).findFirst();
    }

    public List<ICalProperty> all(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).toList();
    }

    /** The raw value of the first property of that name, or null. */
    public String value(String propertyName) {
        return property(propertyName).map(ICalProperty::value).orElse(null);
    }

    /** The unescaped TEXT value of the first property of that name, or null. */
    public String text(String propertyName) {
        return property(propertyName).map(ICalProperty::text).orElse(null);
    }

    public List<ICalComponent> components(String componentName) {
        return components.stream().filter(c -> c.name.equalsIgnoreCase(componentName)).toList();
    }

    @Override
    public String toString() {
        return ICalWriter.write(this);
    }
}
