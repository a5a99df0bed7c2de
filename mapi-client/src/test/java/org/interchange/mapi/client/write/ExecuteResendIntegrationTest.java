package org.interchange.mapi.client.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiSessionOptions;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Execute whose response is lost after the server ran it ([MS-OXCMAPIHTTP] 2.2.3.3.2
 * X-RequestId, 3.1.5.1 sequence cookie): the client resends it with the same X-RequestId and the
 * server answers from the response it kept, so the ROPs (CreateMessage, SaveChangesMessage) run
 * once. Real server, H2 store and HTTP on loopback, with a proxy that drops one response.
 */
class ExecuteResendIntegrationTest extends EmbeddedServerFixture {
    FakeDroppingProxy proxy;
    Mailbox alice;

    @Override
    protected void populate() {
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
    }

    @BeforeEach
    void startProxy() throws Exception {
        proxy = new FakeDroppingProxy(server.emsmdbUri());
    }

    @AfterEach
    void stopProxy() throws Exception {
        proxy.close();
    }

    @Test
    void aLostExecuteResponseIsResentAndTheMessageIsCreatedOnce() {
        long drafts = alice.folderId(SpecialFolder.DRAFTS);
        try (MapiSession session = MapiSession.connect(proxy.uri(server.emsmdbUri()), "alice", "secret".toCharArray(),
                MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(20)).build())) {
            int before = proxy.executes.size();
            proxy.dropNextExecuteResponse();

            long mid = session.writer().createMessage(drafts, MessageSpec.of(List.of(
                    PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"), PropertyValue.of(PidTag.SUBJECT, "Once"))));

            List<String> sent = proxy.executes.subList(before, proxy.executes.size());
            assertThat(sent.get(0)).startsWith("!");
            assertThat(sent.get(1)).as("the resend carries the same X-RequestId").isEqualTo(sent.get(0).substring(1));
            assertThat(store.messages(alice, drafts)).singleElement()
                    .satisfies(m -> assertThat(m.mid()).isEqualTo(mid));

            long second = session.writer().createMessage(drafts, MessageSpec.of(List.of(
                    PropertyValue.of(PidTag.SUBJECT, "Next"))));
            assertThat(second).isNotEqualTo(mid);
            assertThat(store.messages(alice, drafts)).hasSize(2);
        }
    }
}
