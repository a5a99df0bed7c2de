package org.interchange.mapi.server.rop.oxcfxics;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import org.interchange.mapi.codec.fxics.GlobSet;
import org.interchange.mapi.codec.fxics.IcsStateProperties;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.IdSetCodec;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.store.ExchangeIds;

/**
 * The ICS state of a synchronization context, [MS-OXCFXICS] 2.2.1.1 and 3.2.5.9.2: the four
 * REPLGUID-based sets and the state property being uploaded through
 * RopSynchronizationUploadStateStreamBegin/Continue/End.
 */
public final class IcsState {
    /** Most bytes one state property may take; a larger upload is refused. */
    static final int MAX_PROPERTY_BYTES = 16 << 20;

    private IdSet<ReplicaGuid> idsetGiven = IdSet.empty();
    private IdSet<ReplicaGuid> cnsetSeen = IdSet.empty();
    private IdSet<ReplicaGuid> cnsetSeenFai = IdSet.empty();
    private IdSet<ReplicaGuid> cnsetRead = IdSet.empty();
    private PropertyTag uploading;
    private ByteArrayOutputStream buffer;

    /** The sets as a state element ({@code hierarchy}: without CnsetSeenFAI and CnsetRead). */
    public SyncElement.SyncState element(boolean hierarchy) {
        return new SyncElement.SyncState(idsetGiven, cnsetSeen, hierarchy ? null : cnsetSeenFai,
                hierarchy ? null : cnsetRead);
    }

    public void replace(SyncElement.SyncState state) {
        idsetGiven = orEmpty(state.idsetGiven());
        cnsetSeen = orEmpty(state.cnsetSeen());
        cnsetSeenFai = orEmpty(state.cnsetSeenFai());
        cnsetRead = orEmpty(state.cnsetRead());
    }

    public IdSet<ReplicaGuid> idsetGiven() {
        return idsetGiven;
    }

    public IdSet<ReplicaGuid> cnsetSeen() {
        return cnsetSeen;
    }

    public IdSet<ReplicaGuid> cnsetSeenFai() {
        return cnsetSeenFai;
    }

    public IdSet<ReplicaGuid> cnsetRead() {
        return cnsetRead;
    }

    /** Records a version saved through an upload: its id in IdsetGiven, its change number in CnsetSeen(FAI). */
    public void recordChange(java.util.UUID replicaGuid, long id, long changeNumber, boolean associated) {
        ReplicaGuid replica = new ReplicaGuid(replicaGuid);
        idsetGiven = idsetGiven.union(IdSet.of(replica, GlobSet.builder().add(ExchangeIds.globalCounter(id)).build()));
        IdSet<ReplicaGuid> cn = IdSet.of(replica, GlobSet.builder().add(ExchangeIds.globalCounter(changeNumber)).build());
        if (associated) {
            cnsetSeenFai = cnsetSeenFai.union(cn);
        } else {
            cnsetSeen = cnsetSeen.union(cn);
        }
    }

    /** Records a read-state change made through an upload in CnsetRead. */
    public void recordReadChange(java.util.UUID replicaGuid, long changeNumber) {
        cnsetRead = cnsetRead.union(IdSet.of(new ReplicaGuid(replicaGuid),
                GlobSet.builder().add(ExchangeIds.globalCounter(changeNumber)).build()));
    }

    /** RopSynchronizationUploadStateStreamBegin, 3.2.5.9.2.1. */
    public void begin(PropertyTag tag, long size) {
        if (uploading != null) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "state property " + uploading + " is still uploading");
        }
        if (!IcsStateProperties.isStateProperty(tag)) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, tag + " is not an ICS state property");
        }
        if (size < 0 || size > MAX_PROPERTY_BYTES) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "state property of " + size + " bytes");
        }
        uploading = tag;
        buffer = new ByteArrayOutputStream((int) Math.min(size, 1 << 16));
    }

    /** RopSynchronizationUploadStateStreamContinue, 3.2.5.9.2.2: the data is appended. */
    public void append(byte[] data) {
        if (uploading == null) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "no state property upload begun");
        }
        if (buffer.size() + data.length > MAX_PROPERTY_BYTES) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "state property exceeds " + MAX_PROPERTY_BYTES + " bytes");
        }
        buffer.writeBytes(data);
    }

    /** RopSynchronizationUploadStateStreamEnd, 3.2.5.9.2.3: the value must be a REPLGUID-based IDSET. */
    public void end() {
        if (uploading == null) {
            throw new RopFailure(RopErrors.INVALID_PARAMETER, "no state property upload begun");
        }
        PropertyTag tag = uploading;
        byte[] data = buffer.toByteArray();
        uploading = null;
        buffer = null;
        IdSet<ReplicaGuid> set;
        try {
            set = IdSetCodec.decodeReplGuids(data);
        } catch (MapiCodecException e) {
            throw new RopFailure(RopErrors.CORRUPT_DATA, "state property " + tag + ": " + e.getMessage());
        }
        int value = tag.value();
        if (value == IcsStateProperties.CNSET_SEEN.value()) {
            cnsetSeen = set;
        } else if (value == IcsStateProperties.CNSET_SEEN_FAI.value()) {
            cnsetSeenFai = set;
        } else if (value == IcsStateProperties.CNSET_READ.value()) {
            cnsetRead = set;
        } else {
            idsetGiven = set;
        }
    }

    /** {@code set} with the GLOBSET of {@code replica} replaced by {@code globSet}; other replicas stay. */
    static IdSet<ReplicaGuid> withReplica(IdSet<ReplicaGuid> set, ReplicaGuid replica, GlobSet globSet) {
        IdSet.Builder<ReplicaGuid> b = IdSet.builder();
        for (ReplicaGuid r : set.replicas()) {
            if (!r.equals(replica)) {
                b.addAll(r, set.globSet(r));
            }
        }
        return b.addAll(replica, globSet).build();
    }

    private static IdSet<ReplicaGuid> orEmpty(IdSet<ReplicaGuid> set) {
        return Objects.requireNonNullElse(set, IdSet.empty());
    }
}
