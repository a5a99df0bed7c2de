package org.interchange.mapi.client;

/**
 * The folders whose ids RopLogon returns for a private mailbox, in FolderIds order,
 * [MS-OXCROPS] 2.2.3.1.2 and [MS-OXCSTOR] 2.2.1.1.3.
 */
public enum SpecialFolder {
    ROOT,
    DEFERRED_ACTION,
    SPOOLER_QUEUE,
    /** "Top of Information Store", the root of the folders users see. */
    IPM_SUBTREE,
    INBOX,
    OUTBOX,
    SENT_ITEMS,
    DELETED_ITEMS,
    COMMON_VIEWS,
    SCHEDULE,
    SEARCH,
    VIEWS,
    SHORTCUTS
}
