package org.interchange.mapi.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.interchange.mapi.codec.rop.RopGetContentsTableRequest;
import org.interchange.mapi.codec.rop.RopGetContentsTableResponse;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slow work is framed with PENDING lines every X-PendingPeriod, [MS-OXCMAPIHTTP] 2.2.7. */
class PendingKeepAliveTest {
    @TempDir
    Path dir;

    @Test
    void slowExecuteSendsPendingLinesBeforeDone() throws Exception {
        try (MailboxStore store = new FakeSlowMailboxStore(H2MailboxStore.open(dir), 400);
                MapiHttpServer server = MapiHttpServer.builder().store(store).user("ann", "pw")
                        .pendingPeriod(Duration.ofMillis(50)).build().start()) {
            MapiHttpTestClient client = new MapiHttpTestClient(server.emsmdbUri(), "ann", "pw");
            client.connect();
            Mailbox box = store.findMailbox("ann").orElseThrow();
            List<RopRequest> rops = List.of(
                    new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0, UserDn.of("ann")),
                    new RopOpenFolderRequest(0, 0, 1, box.folderId(SpecialFolder.INBOX), 0),
                    new RopGetContentsTableRequest(0, 1, 2, 0));
            byte[] buffer = ExtendedBuffers.wrap(new RopRequestBuffer(rops, new int[] {-1, -1, -1}).encode(), false, false);

            var response = client.post("Execute", new ExecuteRequest(0, buffer, 0x8000, new byte[0]).encode());
            MapiHttpResponse framed = MapiHttpResponse.decode(response.body());

            assertThat(response.headers().firstValue("X-PendingPeriod")).contains("50");
            assertThat(framed.pendingCount()).isGreaterThanOrEqualTo(2);
            assertThat(framed.responseCode()).hasValue(0);
            assertThat(client.execute(rops, 3).rops().get(2)).isInstanceOf(RopGetContentsTableResponse.class);
        }
    }
}
