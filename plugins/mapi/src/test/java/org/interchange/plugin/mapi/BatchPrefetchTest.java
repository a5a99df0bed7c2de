package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchPrefetchTest {

    /** Batches 1..count; the batch {@code failAt} throws instead; every next() call is counted. */
    private static final class Batches implements Iterator<Integer> {
        private final int count;
        private final int failAt;
        final AtomicInteger taken = new AtomicInteger();

        Batches(int count, int failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public boolean hasNext() {
            return taken.get() < count;
        }

        @Override
        public Integer next() {
            int n = taken.incrementAndGet();
            if (n == failAt) {
                throw new IllegalStateException("batch " + n + " failed");
            }
            return n;
        }
    }

    private static <T> T next(BatchPrefetch<?, T> prefetch) {
        return prefetch.next(() -> { });
    }

    @Test
    void aBatchStillOnItsWayRunsTheWaitHookBeforeItArrivesAndAgainWhileTheWaitGoesOn() {
        Iterator<Integer> late = List.of(1).iterator();
        AtomicInteger hooks = new AtomicInteger();
        AtomicInteger hooksWhenTaken = new AtomicInteger(-1);
        try (BatchPrefetch<Integer, Integer> prefetch = new BatchPrefetch<>(late, n -> {
            sleep(BatchPrefetch.HOOK_EVERY.toMillis() * 10);
            hooksWhenTaken.set(hooks.get());
            return n;
        })) {
            assertThat(prefetch.next(hooks::incrementAndGet)).isEqualTo(1);
        }
        assertThat(hooksWhenTaken.get()).as("hooks run before the batch was ready").isGreaterThanOrEqualTo(2);
        assertThat(hooks.get()).as("no hook after the batch came").isLessThanOrEqualTo(hooksWhenTaken.get() + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyBatchArrivesPreparedAndInOrderThenTheEnd() {
        List<String> got = new ArrayList<>();
        try (BatchPrefetch<Integer, String> prefetch = new BatchPrefetch<>(new Batches(7, -1), n -> "b" + n)) {
            for (String b = next(prefetch); b != null; b = next(prefetch)) {
                got.add(b);
            }
            assertThat(next(prefetch)).isNull();
        }
        assertThat(got).containsExactly("b1", "b2", "b3", "b4", "b5", "b6", "b7");
    }

    @Test
    void theReadersFailureIsThrownAsItWasAfterTheBatchesBeforeIt() {
        try (BatchPrefetch<Integer, Integer> prefetch = new BatchPrefetch<>(new Batches(9, 3), n -> n)) {
            assertThat(next(prefetch)).isEqualTo(1);
            assertThat(next(prefetch)).isEqualTo(2);
            assertThatThrownBy(() -> next(prefetch)).isInstanceOf(IllegalStateException.class).hasMessage("batch 3 failed");
            assertThat(next(prefetch)).isNull();
        }
    }

    @Test
    void closingEarlyStopsTheReaderWithoutTakingMoreThanOneBatchAhead() {
        Batches batches = new Batches(1_000, -1);
        try (BatchPrefetch<Integer, Integer> prefetch = new BatchPrefetch<>(batches, n -> n)) {
            assertThat(next(prefetch)).isEqualTo(1);
        }
        int taken = batches.taken.get();
        assertThat(taken).isBetween(1, 3);
        assertThat(batches.taken.get()).isEqualTo(taken);
    }

    @Test
    void closingWaitsForARequestInFlightInsteadOfCuttingIt() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        Iterator<Integer> slow = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                inFlight.countDown();
                try {
                    answer.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException("cut off", e);
                }
                finished.incrementAndGet();
                return 1;
            }
        };
        BatchPrefetch<Integer, Integer> prefetch = new BatchPrefetch<>(slow, n -> n);
        assertThat(inFlight.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = Thread.ofVirtual().start(prefetch::close);
        closer.join(200);
        assertThat(closer.isAlive()).as("close waits for the request in flight").isTrue();
        answer.countDown();
        closer.join();
        assertThat(finished.get()).isEqualTo(1);
    }
}
