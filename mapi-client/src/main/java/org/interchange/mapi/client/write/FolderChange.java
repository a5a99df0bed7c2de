package org.interchange.mapi.client.write;

import java.time.Instant;
import java.util.Objects;

/**
 * A folder created or renamed offline as RopSynchronizationImportHierarchyChange uploads it, [MS-OXCFXICS]
 * 2.2.3.2.4.3: PidTagParentSourceKey (empty: the collector's folder), PidTagSourceKey (the server's for a folder
 * it knows, the client's own XID for a new one), PidTagLastModificationTime, PidTagChangeKey,
 * PidTagPredecessorChangeList, PidTagDisplayName and PidTagContainerClass (null: none).
 */
public record FolderChange(byte[] parentSourceKey, byte[] sourceKey, Instant lastModified, byte[] changeKey,
                           byte[] predecessorChangeList, String displayName, String containerClass) {

    public FolderChange {
        parentSourceKey = parentSourceKey.clone();
        sourceKey = sourceKey.clone();
        Objects.requireNonNull(lastModified, "lastModified");
        changeKey = changeKey.clone();
        predecessorChangeList = predecessorChangeList.clone();
        Objects.requireNonNull(displayName, "displayName");
    }

    @Override
    public byte[] parentSourceKey() {
        return parentSourceKey.clone();
    }

    @Override
    public byte[] sourceKey() {
        return sourceKey.clone();
    }

    @Override
    public byte[] changeKey() {
        return changeKey.clone();
    }

    @Override
    public byte[] predecessorChangeList() {
        return predecessorChangeList.clone();
    }
}
