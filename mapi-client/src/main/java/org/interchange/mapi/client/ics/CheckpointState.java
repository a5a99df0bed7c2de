package org.interchange.mapi.client.ics;

import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.fxics.GlobCnt;
import org.interchange.mapi.codec.fxics.GlobSet;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.SyncElement;

/**
 * The ICS state of a download in progress, [MS-OXCFXICS] 3.3.5.9: the uploaded state plus the ids
 * and change numbers of the changes handed out so far, minus the ids deleted, so that a download
 * cut off after a batch resumes with exactly the changes not yet handed out. The server's final
 * state replaces it at the end. The ids of a batch are gathered first and folded into the sets once, when the
 * state is read, so that a folder's download costs one union per batch, not one per message. Each set keeps its
 * serialized bytes until it changes ({@link EncodedIdSet}), so a state that did not change is not encoded again.
 */
final class CheckpointState {
    private final boolean hierarchy;
    private final long folderId;
    private final ReplicaGuid local;
    private EncodedIdSet given;
    private EncodedIdSet seen;
    private EncodedIdSet seenFai;
    private EncodedIdSet read;
    private IdSet.Builder<ReplicaGuid> pendingGiven = IdSet.builder();
    private GlobSet.Builder pendingSeen = GlobSet.builder();
    private GlobSet.Builder pendingSeenFai = GlobSet.builder();
    private boolean pending;

    CheckpointState(boolean hierarchy, long folderId, UUID localReplica, List<EncodedIdSet> sets) {
        this.hierarchy = hierarchy;
        this.folderId = folderId;
        this.local = new ReplicaGuid(localReplica);
        this.given = sets.get(0);
        this.seen = sets.get(1);
        this.seenFai = sets.get(2);
        this.read = sets.get(3);
    }

    /** IdsetGiven, CnsetSeen, CnsetSeenFAI and CnsetRead with their serialized bytes, encoded once per change. */
    List<EncodedIdSet> encodedSets() {
        foldPending();
        return List.of(given, seen, seenFai, read);
    }

    /** A change of object {@code idCounter} of replica {@code replica} with change number {@code cnCounter} (or -1). */
    void changed(UUID replica, long idCounter, long cnCounter, boolean associated) {
        pendingGiven.add(new ReplicaGuid(replica), idCounter);
        if (cnCounter >= 0) {
            (associated ? pendingSeenFai : pendingSeen).add(cnCounter);
        }
        pending = true;
    }

    /** Ids (of the local replica, as 64-bit ids) that are gone. */
    void deleted(List<Long> ids) {
        foldPending();
        GlobSet.Builder b = GlobSet.builder();
        ids.forEach(id -> b.add(GlobCnt.ofId(id)));
        given = given.replacedBy(given.set().difference(IdSet.of(local, b.build())));
    }

    void replace(SyncElement.SyncState state) {
        foldPending();
        given = given.replacedBy(orEmpty(state.idsetGiven()));
        seen = seen.replacedBy(orEmpty(state.cnsetSeen()));
        seenFai = seenFai.replacedBy(orEmpty(state.cnsetSeenFai()));
        read = read.replacedBy(orEmpty(state.cnsetRead()));
    }

    byte[] encode() {
        return StateEnvelope.encode(hierarchy, folderId, encodedSets());
    }

    private void foldPending() {
        if (!pending) {
            return;
        }
        given = given.replacedBy(given.set().union(pendingGiven.build()));
        seen = seen.replacedBy(seen.set().union(IdSet.of(local, pendingSeen.build())));
        seenFai = seenFai.replacedBy(seenFai.set().union(IdSet.of(local, pendingSeenFai.build())));
        pendingGiven = IdSet.builder();
        pendingSeen = GlobSet.builder();
        pendingSeenFai = GlobSet.builder();
        pending = false;
    }

    private static IdSet<ReplicaGuid> orEmpty(IdSet<ReplicaGuid> set) {
        return set == null ? IdSet.empty() : set;
    }
}
