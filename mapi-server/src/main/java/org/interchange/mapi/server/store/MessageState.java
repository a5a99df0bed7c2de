package org.interchange.mapi.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The sync-related state of a stored message, [MS-OXCFXICS] 2.2.1.2 and 2.2.1.1.4: its change key
 * and PCL, the change number of its last read-state change (0 when never changed),
 * PidTagMessageStatus ([MS-OXCMSG] 2.2.1.8), whether it is FAI (PidTagAssociated) and when it was
 * last modified (PidTagLastModificationTime).
 */
public record MessageState(ChangeVersion version, long readChangeNumber, int messageStatus, boolean associated,
        Instant modified) {

    public MessageState {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(modified, "modified");
    }
}
