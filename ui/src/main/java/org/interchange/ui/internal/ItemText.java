package org.interchange.ui.internal;

import java.util.List;
import java.util.Locale;

/**
 * Turns the string fields of calendar, task and note items into words: task status
 * ([MS-OXOTASK] 2.2.2.2.2 PidLidTaskStatus), percent complete ([MS-OXOTASK] 2.2.2.2.3, a fraction),
 * note colour ([MS-OXONOTE] 2.2.1.1 PidLidNoteColor) and simple RFC 5545 recurrence rules.
 */
public final class ItemText {
    private static final List<String> TASK_STATUS =
            List.of("Not started", "In progress", "Completed", "Waiting on someone else", "Deferred");
    private static final List<String> NOTE_COLOURS = List.of("Blue", "Green", "Pink", "Yellow", "White");
    private static final List<String> NOTE_SWATCHES = List.of("#9fd0f5", "#b9eb9c", "#f5b8dc", "#fff38f", "#ffffff");

    private ItemText() {
    }

    public static String taskStatus(String value) {
        Integer index = smallIndex(value, TASK_STATUS.size());
        return index != null ? TASK_STATUS.get(index) : nullToEmpty(value);
    }

    /** "0.25" (the stored fraction) and "25" both give "25 %"; empty when unknown. */
    public static String percent(String value) {
        Double percent = percentValue(value);
        return percent == null ? "" : Math.round(percent) + " %";
    }

    /** The percentage 0..100, or null when the value is not a number. */
    public static Double percentValue(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.strip());
            boolean fraction = number < 1.0 || (number == 1.0 && value.contains("."));
            double percent = fraction ? number * 100 : number;
            return Math.max(0, Math.min(100, percent));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String noteColour(String value) {
        Integer index = smallIndex(value, NOTE_COLOURS.size());
        return index != null ? NOTE_COLOURS.get(index) : nullToEmpty(value);
    }

    /** A CSS colour for the note's swatch; yellow (Outlook's default) when unknown. */
    public static String noteSwatch(String value) {
        Integer index = smallIndex(value, NOTE_SWATCHES.size());
        if (index == null && value != null) {
            int byName = NOTE_COLOURS.indexOf(capitalized(value.strip()));
            index = byName >= 0 ? byName : null;
        }
        return NOTE_SWATCHES.get(index != null ? index : 3);
    }

    /** "FREQ=WEEKLY;INTERVAL=2" gives "Every 2 weeks"; other text is shown as it is. */
    public static String recurrence(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String rule = value.strip();
        if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
            rule = rule.substring(6);
        }
        String freq = null;
        int interval = 1;
        for (String part : rule.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if (kv[0].equalsIgnoreCase("FREQ")) {
                freq = kv[1].toUpperCase(Locale.ROOT);
            } else if (kv[0].equalsIgnoreCase("INTERVAL")) {
                try {
                    interval = Integer.parseInt(kv[1]);
                } catch (NumberFormatException e) {
                    return value;
                }
            }
        }
        String unit = switch (freq == null ? "" : freq) {
            case "DAILY" -> "day";
            case "WEEKLY" -> "week";
            case "MONTHLY" -> "month";
            case "YEARLY" -> "year";
            default -> null;
        };
        if (unit == null) {
            return value;
        }
        return interval <= 1 ? "Every " + unit : "Every " + interval + " " + unit + "s";
    }

    /** "Bob Builder <bob@example.org>" gives "Bob Builder" (RFC 5322 name-addr); a bare address stays as it is. */
    public static String displayName(String sender) {
        if (sender == null) {
            return "";
        }
        String s = sender.strip();
        int angle = s.lastIndexOf('<');
        if (angle > 0 && s.endsWith(">")) {
            String name = s.substring(0, angle).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).strip();
            }
            if (!name.isEmpty()) {
                return name;
            }
        }
        if (angle == 0 && s.endsWith(">")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The first non-blank line of a text, for notes listed by their first line. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static Integer smallIndex(String value, int count) {
        if (value == null) {
            return null;
        }
        try {
            int index = Integer.parseInt(value.strip());
            return index >= 0 && index < count ? index : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
