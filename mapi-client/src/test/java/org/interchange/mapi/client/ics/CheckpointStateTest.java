package org.interchange.mapi.client.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.interchange.mapi.codec.fxics.GlobCnt;
import org.interchange.mapi.codec.fxics.IdSet;
import org.interchange.mapi.codec.fxics.ReplicaGuid;
import org.interchange.mapi.codec.fxics.ReplicaId;
import org.junit.jupiter.api.Test;

class CheckpointStateTest {
    private static final UUID LOCAL = UUID.fromString("6f0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
    private static final UUID OTHER = UUID.fromString("0a1b2c3d-4e5f-4061-8273-948576a6b7c8");
    private static final ReplicaGuid LOCAL_KEY = new ReplicaGuid(LOCAL);

    private static CheckpointState fresh() {
        return new CheckpointState(false, 0x1234L, LOCAL,
                List.of(IdSet.empty(), IdSet.empty(), IdSet.empty(), IdSet.empty()));
    }

    @Test
    void theChangesOfABatchAreInTheStateWhenItIsRead() {
        CheckpointState state = fresh();
        for (long i = 1; i <= 200; i += 2) {
            state.changed(LOCAL, i, 1000 + i, false);
        }
        state.changed(OTHER, 7, -1, false);
        state.changed(LOCAL, 500, 2000, true);

        List<IdSet<ReplicaGuid>> sets = state.sets();
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

        IdSet<ReplicaGuid> given = state.sets().get(0);
        assertThat(given.contains(LOCAL_KEY, 42)).isFalse();
        assertThat(given.contains(LOCAL_KEY, 43)).isTrue();
        assertThat(state.sets().get(1).contains(LOCAL_KEY, 100)).isTrue();
    }

    @Test
    void readingTheStateTwiceGivesTheSameSetsAndLaterChangesAddToThem() {
        CheckpointState state = fresh();
        state.changed(LOCAL, 10, 20, false);
        List<IdSet<ReplicaGuid>> first = state.sets();
        assertThat(state.sets()).isEqualTo(first);
        state.changed(LOCAL, 11, 21, false);
        IdSet<ReplicaGuid> given = state.sets().get(0);
        assertThat(given.contains(LOCAL_KEY, 10)).isTrue();
        assertThat(given.contains(LOCAL_KEY, 11)).isTrue();
        assertThat(StateEnvelope.decode(state.encode(), false, 0x1234L)).isEqualTo(state.sets());
    }
}
