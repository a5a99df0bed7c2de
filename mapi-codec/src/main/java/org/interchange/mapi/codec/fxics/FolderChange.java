package org.interchange.mapi.codec.fxics;

import java.util.List;

/**
 * folderChange, [MS-OXCFXICS] 2.2.4.3.10: the properties of a new or changed folder
 * (PidTagParentSourceKey, PidTagSourceKey, PidTagLastModificationTime, PidTagChangeKey,
 * PidTagPredecessorChangeList, PidTagDisplayName, …).
 */
public record FolderChange(List<StreamProperty> properties) implements SyncElement {

    public FolderChange {
        properties = List.copyOf(properties);
    }

    public byte[] sourceKey() {
        return (byte[]) StreamProperties.find(properties, StreamProperties.SOURCE_KEY).orElse(null);
    }

    public byte[] parentSourceKey() {
        return (byte[]) StreamProperties.find(properties, StreamProperties.PARENT_SOURCE_KEY).orElse(null);
    }
}
