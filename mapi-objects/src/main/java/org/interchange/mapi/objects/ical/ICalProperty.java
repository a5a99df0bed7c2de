package org.interchange.mapi.objects.ical;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One content line (RFC 5545 3.1): name, parameters (names upper-case, in order) and the raw value.
 * {@link #text()} undoes the TEXT escapes of 3.3.11; {@link #ofText} applies them.
 */
public record ICalProperty(String name, Map<String, String> parameters, String value) {

    public ICalProperty {
        name = Objects.requireNonNull(name, "name").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(value, "value");
        Map<String, String> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(k.toUpperCase(Locale.ROOT), v));
        parameters = Collections.unmodifiableMap(copy);
    }

    public ICalProperty(String name, String value) {
        this(name, Map.of(), value);
    }

    /** A TEXT property, escaped. */
    public static ICalProperty ofText(String name, String text) {
        return new ICalProperty(name, Map.of(), escape(text));
    }

    public String parameter(String parameterName) {
        return parameters.get(parameterName.toUpperCase(Locale.ROOT));
    }

    /** This property with one more parameter (or that parameter replaced). */
    public ICalProperty with(String parameterName, String parameterValue) {
        if (parameterValue == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(parameterName.toUpperCase(Locale.ROOT), parameterValue);
        return new ICalProperty(name, more, value);
    }

    public String text() {
        return unescape(value);
    }

    /** The value split at unescaped commas, each part unescaped (CATEGORIES, EXDATE lists). */
    public List<String> textList() {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
            } else if (c == ',') {
                out.add(unescape(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(unescape(current.toString()));
        return out.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        b.append("\\n");
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
