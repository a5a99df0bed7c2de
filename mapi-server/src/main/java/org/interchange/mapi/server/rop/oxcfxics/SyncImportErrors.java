package org.interchange.mapi.server.rop.oxcfxics;

/** The ReturnValues of the ICS import ROPs, [MS-OXCDATA] 2.4.1 and [MS-OXCFXICS] 3.3.4.3.3. */
final class SyncImportErrors {
    /** SyncObjectDeleted: the object the change is for was deleted on the server. */
    static final int OBJECT_DELETED = 0x80040800;
    /** SyncIgnore: the server's version includes the imported one; nothing was changed. */
    static final int IGNORE = 0x80040801;
    /** SyncConflict: the versions conflict and the client asked to fail on conflict. */
    static final int CONFLICT = 0x80040802;

    private SyncImportErrors() {
    }
}
