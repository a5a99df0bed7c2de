package org.interchange.mapi.client.internal.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopReleaseRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.junit.jupiter.api.Test;

class RopBatchTest {

    @Test
    void releasesComeFirstAndReuseOneSlotPerObject() {
        ServerObject a = new ServerObject(0x11);
        ServerObject b = new ServerObject(0x22);
        RopBatch batch = new RopBatch(List.of(a, b));

        int again = batch.input(a);
        int fresh = batch.output();

        List<RopRequest> requests = batch.requests();
        assertThat(requests).extracting(RopRequest::ropId).containsExactly(RopId.RELEASE, RopId.RELEASE);
        assertThat(((RopReleaseRequest) requests.get(0)).inputHandleIndex()).isEqualTo(again);
        assertThat(batch.handleTable()).containsExactly(0x11, 0x22, RopBatch.EMPTY_SLOT);
        assertThat(fresh).isEqualTo(2);
    }

    @Test
    void theHandleTableIsLimitedToOneByteIndexes() {
        RopBatch batch = new RopBatch(List.of());
        for (int i = 0; i < RopBatch.MAX_SLOTS; i++) {
            batch.output();
        }
        assertThatThrownBy(batch::output).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void releaseQueueHandsOutBoundedBatchesAndKeepsTheRest() {
        ReleaseQueue queue = new ReleaseQueue();
        List<ServerObject> objects = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            ServerObject o = new ServerObject(i);
            objects.add(o);
            queue.add(o);
        }
        queue.add(objects.getFirst());

        List<ServerObject> first = queue.drain(RopExecutor.MAX_RELEASES_PER_BATCH);
        List<ServerObject> second = queue.drain(RopExecutor.MAX_RELEASES_PER_BATCH);

        assertThat(first).hasSize(64);
        assertThat(second).hasSize(6).doesNotContainAnyElementsOf(first);
        assertThat(queue.size()).isZero();
    }
}
