package org.interchange.mapi.client.ics;

import org.interchange.mapi.objects.PropertyBag;

/**
 * A new or changed folder of a hierarchy download, [MS-OXCFXICS] 2.2.4.3.10.
 *
 * @param folderId       PidTagFolderId
 * @param parentFolderId PidTagParentFolderId
 * @param sourceKey      PidTagSourceKey
 * @param parentSourceKey PidTagParentSourceKey; empty for a child of the synchronized folder
 * @param displayName    PidTagDisplayName
 * @param changeKey      PidTagChangeKey
 * @param properties     every property the stream carried
 */
public record IcsFolder(long folderId, long parentFolderId, byte[] sourceKey, byte[] parentSourceKey,
        String displayName, byte[] changeKey, PropertyBag properties) {
}
