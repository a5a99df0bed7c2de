package org.interchange.mapi.client.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.fxics.GlobCnt;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.IdSetCodec;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.ReplicaId;
import org.interchange.mapi.codec.fxics.SyncElement;
import org.junit.jupiter.api.Test;

class CheckpointStateTest {
    private static final UUID LOCAL = UUID.fromString("6f0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
    private static final UUID OTHER = UUID.fromString("0a1b2c3d-4e5f-4061-8273-948576a6b7c8");
    private static final ReplicaGuid LOCAL_KEY = new ReplicaGuid(LOCAL);

    private static CheckpointState fresh() {
        return new CheckpointState(false, 0x1234L, LOCAL,
                List.of(EncodedIdSet.EMPTY, EncodedIdSet.EMPTY, EncodedIdSet.EMPTY, EncodedIdSet.EMPTY));
    }

    private static List<IdSet<ReplicaGuid>> sets(CheckpointState state) {
        return sets(state.encodedSets());
    }

    private static List<IdSet<ReplicaGuid>> sets(List<EncodedIdSet> encoded) {
        return encoded.stream().map(EncodedIdSet::set).toList();
    }

    @Test
    void theChangesOfABatchAreInTheStateWhenItIsRead() {
        CheckpointState state = fresh();
        for (long i = 1; i <= 200; i += 2) {
            state.changed(LOCAL, i, 1000 + i, false);
        }
        state.changed(OTHER, 7, -1, false);
        state.changed(LOCAL, 500, 2000, true);

        List<IdSet<ReplicaGuid>> sets = sets(state);
        assertThat(sets.get(0).contains(LOCAL_KEY, 1)).isTrue();
        assertThat(sets.get(0).contains(LOCAL_KEY, 199)).isTrue();
        assertThat(sets.get(0).contains(LOCAL_KEY, 2)).isFalse();
        assertThat(sets.get(0).contains(new ReplicaGuid(OTHER), 7)).isTrue();
        assertThat(sets.get(1).contains(LOCAL_KEY, 1001)).isTrue();
        assertThat(sets.get(1).contains(LOCAL_KEY, 2000)).isFalse();
        assertThat(sets.get(2).contains(LOCAL_KEY, 2000)).isTrue();
        assertThat(sets.get(3).isEmpty()).isTrue();
    }

    @Test
    void aDeletionAfterAChangeInTheSameBatchRemovesTheId() {
        CheckpointState state = fresh();
        state.changed(LOCAL, 42, 100, false);
        state.changed(LOCAL, 43, 101, false);
        state.deleted(List.of(GlobCnt.toId(new ReplicaId(1), 42)));

        IdSet<ReplicaGuid> given = sets(state).get(0);
        assertThat(given.contains(LOCAL_KEY, 42)).isFalse();
        assertThat(given.contains(LOCAL_KEY, 43)).isTrue();
        assertThat(sets(state).get(1).contains(LOCAL_KEY, 100)).isTrue();
    }

    @Test
    void readingTheStateTwiceGivesTheSameSetsAndLaterChangesAddToThem() {
        CheckpointState state = fresh();
        state.changed(LOCAL, 10, 20, false);
        List<IdSet<ReplicaGuid>> first = sets(state);
        assertThat(sets(state)).isEqualTo(first);
        state.changed(LOCAL, 11, 21, false);
        IdSet<ReplicaGuid> given = sets(state).get(0);
        assertThat(given.contains(LOCAL_KEY, 10)).isTrue();
        assertThat(given.contains(LOCAL_KEY, 11)).isTrue();
        assertThat(sets(StateEnvelope.decode(state.encode(), false, 0x1234L))).isEqualTo(sets(state));
    }

    @Test
    void anUnchangedStateIsWrittenWithTheBytesItWasReadFrom() {
        CheckpointState before = fresh();
        for (long i = 1; i <= 3000; i += 3) {
            before.changed(LOCAL, i, 5000 + i, false);
        }
        byte[] stored = before.encode();
        List<EncodedIdSet> read = StateEnvelope.decode(stored, false, 0x1234L);
        CheckpointState state = new CheckpointState(false, 0x1234L, LOCAL, read);
        // the server hands back equal sets: the state keeps the bytes it read, not a new encoding
        state.replace(new SyncElement.SyncState(copy(read.get(0)), copy(read.get(1)), null, null));

        List<EncodedIdSet> after = state.encodedSets();
        assertThat(after.get(0).bytes()).isSameAs(read.get(0).bytes());
        assertThat(after.get(1).bytes()).isSameAs(read.get(1).bytes());
        assertThat(after.get(0).bytes()).isEqualTo(IdSetCodec.encode(after.get(0).set()));
        assertThat(state.encode()).isEqualTo(stored);
    }

    @Test
    void aChangedStateIsNeverWrittenWithStaleBytes() {
        CheckpointState state = fresh();
        state.changed(LOCAL, 10, 20, false);
        byte[] first = state.encodedSets().get(0).bytes();
        assertThat(state.encodedSets().get(0).bytes()).isSameAs(first);

        state.changed(LOCAL, 12, 22, false);
        List<EncodedIdSet> afterChange = state.encodedSets();
        assertThat(afterChange.get(0).bytes()).isEqualTo(IdSetCodec.encode(afterChange.get(0).set()))
                .isNotEqualTo(first);
        assertThat(afterChange.get(1).bytes()).isEqualTo(IdSetCodec.encode(afterChange.get(1).set()));

        state.deleted(List.of(GlobCnt.toId(new ReplicaId(1), 10)));
        EncodedIdSet afterDelete = state.encodedSets().get(0);
        assertThat(afterDelete.set().contains(LOCAL_KEY, 10)).isFalse();
        assertThat(afterDelete.bytes()).isEqualTo(IdSetCodec.encode(afterDelete.set()));

        IdSet<ReplicaGuid> server = IdSet.<ReplicaGuid>builder().addRange(LOCAL_KEY, 1, 99).build();
        state.replace(new SyncElement.SyncState(server, server, null, null));
        List<EncodedIdSet> replaced = state.encodedSets();
        assertThat(replaced.get(0).bytes()).isEqualTo(IdSetCodec.encode(server));
        assertThat(replaced.get(1).bytes()).isEqualTo(IdSetCodec.encode(server));
        assertThat(sets(StateEnvelope.decode(state.encode(), false, 0x1234L))).isEqualTo(sets(state));
    }

    @Test
    void aStateOfEmptySetsRoundTripsThroughTheEnvelope() {
        byte[] stored = fresh().encode();
        List<EncodedIdSet> read = StateEnvelope.decode(stored, false, 0x1234L);
        assertThat(read).allSatisfy(set -> assertThat(set.bytes()).isEmpty());
        assertThat(StateEnvelope.encode(false, 0x1234L, read)).isEqualTo(stored);
    }

    /** An equal set that shares nothing with {@code set}, as the stream parser gives one. */
    private static IdSet<ReplicaGuid> copy(EncodedIdSet set) {
        return IdSetCodec.decodeReplGuids(IdSetCodec.encode(set.set()));
    }
}
