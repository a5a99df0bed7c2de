package org.interchange.cache.api;

/** What a folder holds, from its container class (IPF.Note, IPF.Appointment, IPF.Contact, IPF.Task, IPF.StickyNote). */
public enum FolderKind {
    MAIL(ItemKind.MAIL), CALENDAR(ItemKind.APPOINTMENT), CONTACTS(ItemKind.CONTACT), TASKS(ItemKind.TASK), NOTES(ItemKind.NOTE);

    private final ItemKind itemKind;

    FolderKind(ItemKind itemKind) {
        this.itemKind = itemKind;
    }

    public ItemKind itemKind() {
        return itemKind;
    }
}
