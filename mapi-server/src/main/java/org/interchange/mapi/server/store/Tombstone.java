package org.interchange.mapi.server.store;

/**
 * The record a deleted folder or message leaves in its parent folder, [MS-OXCFXICS] 2.2.1.3.1
 * (MetaTagIdsetDeleted): its id, the change number of the deletion and whether it was FAI.
 */
public record Tombstone(long objectId, long parentFid, boolean folder, boolean associated, long changeNumber) {
}
