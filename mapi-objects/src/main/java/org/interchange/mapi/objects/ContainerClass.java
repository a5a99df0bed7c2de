package org.interchange.mapi.objects;

import java.util.Locale;

/** Folder container classes, [MS-OXOSFLD] 2.2.6 / [MS-OXCFOLD] 2.2.2.2.2.6 (PidTagContainerClass). */
public enum ContainerClass {
    MAIL("IPF.Note"), CALENDAR("IPF.Appointment"), CONTACTS("IPF.Contact"), TASKS("IPF.Task"),
    NOTES("IPF.StickyNote"), JOURNAL("IPF.Journal"), OTHER("");

    private final String value;

    ContainerClass(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** A missing container class means a mail folder, as Outlook treats it. */
    public static ContainerClass of(String containerClass) {
        if (containerClass == null || containerClass.isEmpty()) {
            return MAIL;
        }
        String lower = containerClass.toLowerCase(Locale.ROOT);
        for (ContainerClass c : values()) {
            String v = c.value.toLowerCase(Locale.ROOT);
            if (c != OTHER && (lower.equals(v) || lower.startsWith(v + "."))) {
                return c;
            }
        }
        return OTHER;
    }
}
