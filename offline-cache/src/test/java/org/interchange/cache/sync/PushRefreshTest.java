package org.interchange.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PushRefreshTest {

    @Test
    void eachReportedChangeRunsTheRefreshUntilClosed() throws Exception {
        FakeBackend server = new FakeBackend();
        LinkedBlockingQueue<String> refreshes = new LinkedBlockingQueue<>();

        try (PushRefresh push = PushRefresh.start(server, () -> refreshes.add("refresh"), "acc-1")) {
            server.pushes.release();
            assertThat(refreshes.poll(5, TimeUnit.SECONDS)).isEqualTo("refresh");
            server.pushes.release(2);
            assertThat(refreshes.poll(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(refreshes.poll(5, TimeUnit.SECONDS)).isNotNull();
        }
        Thread.sleep(200);
        server.pushes.release();
        assertThat(refreshes.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
}
