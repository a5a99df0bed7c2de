package org.interchange.mapi.server.store;

import java.time.Instant;

/** A stored folder, [MS-OXCFOLD] 2.2.2: FID, parent FID (0 for the root), name and class. */
public record FolderRecord(long fid, long parentFid, String displayName, String containerClass,
        long changeNumber, Instant created, Instant modified) {
}
