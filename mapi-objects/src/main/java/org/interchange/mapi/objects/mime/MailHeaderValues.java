package org.interchange.mapi.objects.mime;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header values [MS-OXCMAIL] 2.2.3.2 maps to and from properties: Importance, X-Priority and
 * Sensitivity, and the split of a subject into prefix and normalized subject ([MS-OXCMSG] 2.2.1.9).
 */
final class MailHeaderValues {
    static final int IMPORTANCE_LOW = 0;
    static final int IMPORTANCE_NORMAL = 1;
    static final int IMPORTANCE_HIGH = 2;
    private static final String[] SENSITIVITY = {"Normal", "Personal", "Private", "Company-Confidential"};
    /** One to three characters other than digits, white space and colons, then ": ". */
    private static final Pattern PREFIX = Pattern.compile("^([^\\s\\d:]{1,3}: )(.*)$", Pattern.DOTALL);

    private MailHeaderValues() {
    }

    static String importanceHeader(int importance) {
        return switch (importance) {
            case IMPORTANCE_LOW -> "Low";
            case IMPORTANCE_HIGH -> "High";
            default -> "Normal";
        };
    }

    /** The X-Priority value clients that ignore Importance (Thunderbird among them) read: 1, 3 or 5. */
    static String xPriorityHeader(int importance) {
        return switch (importance) {
            case IMPORTANCE_LOW -> "5 (Lowest)";
            case IMPORTANCE_HIGH -> "1 (Highest)";
            default -> "3 (Normal)";
        };
    }

    /** PidTagImportance from "Importance" (or, failing that, "X-Priority"); -1 if neither says. */
    static int importance(String importance, String xPriority) {
        if (importance != null) {
            switch (importance.strip().toLowerCase(Locale.ROOT)) {
                case "low" -> {
                    return IMPORTANCE_LOW;
                }
                case "high" -> {
                    return IMPORTANCE_HIGH;
                }
                case "normal" -> {
                    return IMPORTANCE_NORMAL;
                }
                default -> { }
            }
        }
        if (xPriority != null && !xPriority.isBlank()) {
            char c = xPriority.strip().charAt(0);
            if (c == '1' || c == '2') {
                return IMPORTANCE_HIGH;
            }
            if (c == '4' || c == '5') {
                return IMPORTANCE_LOW;
            }
            if (c == '3') {
                return IMPORTANCE_NORMAL;
            }
        }
        return -1;
    }

    static String sensitivityHeader(int sensitivity) {
        return sensitivity > 0 && sensitivity < SENSITIVITY.length ? SENSITIVITY[sensitivity] : null;
    }

    /** PidTagSensitivity from the Sensitivity header; -1 if absent or unknown. */
    static int sensitivity(String header) {
        if (header != null) {
            for (int i = 0; i < SENSITIVITY.length; i++) {
                if (SENSITIVITY[i].equalsIgnoreCase(header.strip())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** {prefix, normalized subject}; the prefix is "" when the subject has none. */
    static String[] splitSubject(String subject) {
        Matcher m = PREFIX.matcher(subject);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {"", subject};
    }
}
