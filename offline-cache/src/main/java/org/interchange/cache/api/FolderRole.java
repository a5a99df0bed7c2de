package org.interchange.cache.api;

/**
 * The special job of a folder, as the server names it: RopLogon's special folder ids ([MS-OXCSTOR]
 * 2.2.1.1.3) and the Drafts entry id ([MS-OXOSFLD] 2.2.4); {@code NONE} for a user's own folder.
 */
public enum FolderRole { NONE, INBOX, DRAFTS, OUTBOX, SENT, DELETED }
