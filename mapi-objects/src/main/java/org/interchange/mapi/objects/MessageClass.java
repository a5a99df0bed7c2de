package org.interchange.mapi.objects;

/**
 * What kind of object a PidTagMessageClass names ([MS-OXCMSG] 2.2.1.3; classes from MS-OXOCAL,
 * MS-OXOCNTC, MS-OXOTASK, MS-OXONOTE). Matching is case-insensitive on the class or its prefix.
 */
public enum MessageClass {
    NOTE("IPM.Note"), APPOINTMENT("IPM.Appointment"), CONTACT("IPM.Contact"),
    DISTRIBUTION_LIST("IPM.DistList"), TASK("IPM.Task"), STICKY_NOTE("IPM.StickyNote"),
    MEETING("IPM.Schedule.Meeting"), OTHER("IPM");

    private final String prefix;

    MessageClass(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public static MessageClass of(String messageClass) {
        if (messageClass == null) {
            return NOTE;
        }
        String lower = messageClass.toLowerCase(java.util.Locale.ROOT);
        for (MessageClass c : values()) {
            String p = c.prefix.toLowerCase(java.util.Locale.ROOT);
            if (c != OTHER && (lower.equals(p) || lower.startsWith(p + "."))) {
                return c;
            }
        }
        return OTHER;
    }
}
