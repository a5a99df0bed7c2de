package org.interchange.mapi.codec.fxics;

import java.util.Objects;

/**
 * The top-level elements of the ICS download streams contentsSync and hierarchySync,
 * [MS-OXCFXICS] 2.2.4.3.4 and 2.2.4.3.8, as {@link SyncStreamParser} emits them and
 * {@link SyncStreamWriter} writes them.
 */
public sealed interface SyncElement permits SyncElement.ProgressTotal, SyncElement.ProgressPerMessage,
        MessageChange, FolderChange, SyncElement.Deletions, SyncElement.ReadStateChanges, SyncElement.SyncState,
        SyncElement.End {

    /** progressTotal, 2.2.4.3.19. */
    record ProgressTotal(ProgressInformation information) implements SyncElement {
        public ProgressTotal {
            Objects.requireNonNull(information, "information");
        }
    }

    /** progressPerMessage, 2.2.4.3.18: the size of the next message change and whether it is FAI. */
    record ProgressPerMessage(int messageSize, boolean fai) implements SyncElement {
    }

    /**
     * deletions, 2.2.4.3.5: REPLID-based IDSETs of ids deleted (MetaTagIdsetDeleted), out of scope
     * (MetaTagIdsetNoLongerInScope) and expired (MetaTagIdsetExpired); empty when absent.
     */
    record Deletions(IdSet<ReplicaId> deleted, IdSet<ReplicaId> noLongerInScope, IdSet<ReplicaId> expired)
            implements SyncElement {
        public Deletions {
            Objects.requireNonNull(deleted, "deleted");
            Objects.requireNonNull(noLongerInScope, "noLongerInScope");
            Objects.requireNonNull(expired, "expired");
        }
    }

    /** readStateChanges, 2.2.4.3.22: REPLID-based IDSETs of messages now read and now unread. */
    record ReadStateChanges(IdSet<ReplicaId> read, IdSet<ReplicaId> unread) implements SyncElement {
        public ReadStateChanges {
            Objects.requireNonNull(read, "read");
            Objects.requireNonNull(unread, "unread");
        }
    }

    /**
     * state, 2.2.4.3.25, with the ICS state properties of 2.2.1.1 as REPLGUID-based sets; a field
     * is null when its property is absent (hierarchy streams carry no CnsetSeenFAI or CnsetRead).
     */
    record SyncState(IdSet<ReplicaGuid> idsetGiven, IdSet<ReplicaGuid> cnsetSeen, IdSet<ReplicaGuid> cnsetSeenFai,
            IdSet<ReplicaGuid> cnsetRead) implements SyncElement {
    }

    /** IncrSyncEnd, the end of the stream. */
    record End() implements SyncElement {
    }
}
