package org.interchange.mapi.server.store;

/**
 * The folders every private mailbox has, [MS-OXOSFLD] 2.2 and the logon folder list of
 * [MS-OXCSTOR] 2.2.1.1.3. {@link #logonOrder()} lists the 13 FolderIds of a private-mailbox
 * RopLogon response in their wire order.
 */
public enum SpecialFolder {
    ROOT(null, "", null, true),
    DEFERRED_ACTION(ROOT, "Deferred Action", null, true),
    SPOOLER_QUEUE(ROOT, "Spooler Queue", null, true),
    IPM_SUBTREE(ROOT, "Top of Information Store", null, true),
    INBOX(IPM_SUBTREE, "Inbox", "IPF.Note", true),
    OUTBOX(IPM_SUBTREE, "Outbox", "IPF.Note", true),
    SENT_ITEMS(IPM_SUBTREE, "Sent Items", "IPF.Note", true),
    DELETED_ITEMS(IPM_SUBTREE, "Deleted Items", "IPF.Note", true),
    COMMON_VIEWS(ROOT, "Common Views", null, true),
    SCHEDULE(ROOT, "Schedule", null, true),
    FINDER(ROOT, "Finder", null, true),
    VIEWS(ROOT, "Views", null, true),
    SHORTCUTS(ROOT, "Shortcuts", null, true),
    DRAFTS(IPM_SUBTREE, "Drafts", "IPF.Note", false),
    CALENDAR(IPM_SUBTREE, "Calendar", "IPF.Appointment", false),
    CONTACTS(IPM_SUBTREE, "Contacts", "IPF.Contact", false),
    TASKS(IPM_SUBTREE, "Tasks", "IPF.Task", false),
    NOTES(IPM_SUBTREE, "Notes", "IPF.StickyNote", false),
    JOURNAL(IPM_SUBTREE, "Journal", "IPF.Journal", false);

    private final SpecialFolder parent;
    private final String displayName;
    private final String containerClass;
    private final boolean inLogonResponse;

    SpecialFolder(SpecialFolder parent, String displayName, String containerClass, boolean inLogonResponse) {
        this.parent = parent;
        this.displayName = displayName;
        this.containerClass = containerClass;
        this.inLogonResponse = inLogonResponse;
    }

    /** The parent folder, or null for the root. */
    public SpecialFolder parent() {
        return parent;
    }

    public String displayName() {
        return displayName;
    }

    /** PidTagContainerClass, or null for folders that have none. */
    public String containerClass() {
        return containerClass;
    }

    /** The 13 folders whose ids a private-mailbox RopLogon response carries, in wire order. */
    public static java.util.List<SpecialFolder> logonOrder() {
        return java.util.Arrays.stream(values()).filter(f -> f.inLogonResponse).toList();
    }
}
