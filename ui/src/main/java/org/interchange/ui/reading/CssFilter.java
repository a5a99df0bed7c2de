package org.interchange.ui.reading;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the harmless part of an inline {@code style} attribute: declarations of layout, text and
 * colour properties whose values are plain keywords, lengths, colours or rgb()/hsl() functions.
 * Anything that could load a resource or run code (url(), image-set(), expression(), @import,
 * escapes, comments, behaviours) drops the whole declaration.
 */
final class CssFilter {
    private static final Set<String> PROPERTIES = Set.of(
            "color", "background-color", "font", "font-family", "font-size", "font-style", "font-weight",
            "font-variant", "text-align", "text-decoration", "text-indent", "text-transform", "line-height",
            "letter-spacing", "word-spacing", "white-space", "vertical-align", "direction",
            "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
            "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
            "border", "border-top", "border-right", "border-bottom", "border-left", "border-color", "border-style",
            "border-width", "border-collapse", "border-spacing", "border-radius",
            "width", "height", "max-width", "min-width", "max-height", "min-height",
            "display", "list-style-type", "table-layout", "overflow-wrap", "word-break");
    private static final Pattern SAFE_VALUE = Pattern.compile("[\\w\\s#%.,'\"!+-]*");
    private static final Pattern COLOUR_FUNCTION = Pattern.compile("(?i)(rgba?|hsla?)\\(\\s*[\\d\\s.,%]+\\)");

    private CssFilter() {
    }

    /** The declarations of {@code style} that are safe, joined again; empty when none are. */
    static String filter(String style) {
        if (style == null || style.contains("\\") || style.contains("/*") || style.contains("@")
                || style.contains("<")) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            if (PROPERTIES.contains(name) && !value.isEmpty() && safe(value)) {
                if (!kept.isEmpty()) {
                    kept.append(' ');
                }
                kept.append(name).append(": ").append(value).append(';');
            }
        }
        return kept.toString();
    }

    private static boolean safe(String value) {
        String withoutColours = COLOUR_FUNCTION.matcher(value).replaceAll("c");
        return SAFE_VALUE.matcher(withoutColours).matches();
    }
}
