package org.interchange.mapi.server.store;

import java.time.Instant;

/**
 * A stored folder, [MS-OXCFOLD] 2.2.2: FID, parent FID (0 for the root), name, class, change
 * number, times and its change key and PCL ([MS-OXCFXICS] 2.2.1.2).
 */
public record FolderRecord(long fid, long parentFid, String displayName, String containerClass,
        long changeNumber, Instant created, Instant modified, ChangeVersion version) {
}
