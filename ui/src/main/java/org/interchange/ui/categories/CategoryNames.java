package org.interchange.ui.categories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Category names as items hold them ([MS-OXCMSG] 2.2.1.17 PidNameKeywords, the cache field
 * {@link org.interchange.cache.api.ItemFields#CATEGORIES}: one per line) and the rules for a new name.
 */
public final class CategoryNames {
    private CategoryNames() {
    }

    /** The names of a categories field, blank lines left out; none for null. */
    public static List<String> parse(String field) {
        return field == null ? List.of() : Arrays.stream(field.split("\\r?\\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The field value holding {@code names}, one per line. */
    public static String join(List<String> names) {
        return String.join("\n", names);
    }

    /** Whether two names are the same category: Outlook compares them ignoring case. */
    public static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code names} holds {@code name}, ignoring case. */
    public static boolean contains(List<String> names, String name) {
        return names.stream().anyMatch(n -> same(n, name));
    }

    /** {@code names} with {@code name} added at the end when missing, else without it. */
    public static List<String> toggled(List<String> names, String name) {
        List<String> out = new ArrayList<>(names);
        if (!out.removeIf(n -> same(n, name))) {
            out.add(name.strip());
        }
        return List.copyOf(out);
    }

    /**
     * The stripped name, checked: not blank, at most 255 characters, and without line breaks or commas, which
     * separate categories in an item's field, a MIME Keywords header and an iCalendar CATEGORIES line.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String checked(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("A category needs a name");
        }
        if (stripped.length() > 255) {
            throw new IllegalArgumentException("A category name has at most 255 characters");
        }
        if (stripped.chars().anyMatch(c -> c == '\n' || c == '\r' || c == ',')) {
            throw new IllegalArgumentException("A category name cannot hold a comma or a line break: " + stripped);
        }
        return stripped;
    }
}
