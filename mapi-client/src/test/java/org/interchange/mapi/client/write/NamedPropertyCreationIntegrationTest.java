package org.interchange.mapi.client.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/**
 * Creating named properties through RopGetPropertyIdsFromNames with the Create flag ([MS-OXCPRPT]
 * 2.2.12, 3.1.4.2), for MNID_ID and MNID_STRING names, against the real server: ids are assigned
 * per mailbox, values written with them read back by name.
 */
class NamedPropertyCreationIntegrationTest extends EmbeddedServerFixture {
    static final PidLid CUSTOM_LID = new PidLid(UUID.fromString("2f7c8a1e-3b1d-4d8e-9a53-6a1f0c9d2b11"), 0x0042,
            PropertyType.INTEGER32);
    static final PidName CUSTOM_NAME = new PidName(PidName.PS_PUBLIC_STRINGS, "X-Interchange-Test",
            PropertyType.STRING);
    Mailbox alice;

    @Override
    protected void populate() {
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        store.createMailbox("bob", "Bob", "bob@example.org");
    }

    @Override
    protected MapiHttpServer.Builder configure(MapiHttpServer.Builder builder) {
        return builder.users(Map.of("alice", "secret", "bob", "secret"));
    }

    private MapiSession connect(String user) {
        return MapiSession.connect(server.emsmdbUri(), user, "secret".toCharArray());
    }

    @Test
    void namesUnknownToTheMailboxAreCreatedOnRequestAndKeepTheirIds() {
        List<PidLid> lids = List.of(CUSTOM_LID);
        List<PidName> names = List.of(CUSTOM_NAME, PidName.KEYWORDS);
        PropertyTag lidTag;
        PropertyTag nameTag;
        try (MapiSession session = connect("alice")) {
            NamedPropertyIds lookedUp = session.resolveNamedProperties(lids, names, false);
            assertThat(lookedUp.tagOf(CUSTOM_LID)).isEmpty();
            assertThat(lookedUp.tagOf(CUSTOM_NAME)).isEmpty();

            NamedPropertyIds created = session.resolveNamedProperties(lids, names, true);
            lidTag = created.tagOf(CUSTOM_LID).orElseThrow();
            nameTag = created.tagOf(CUSTOM_NAME).orElseThrow();
            PropertyTag keywords = created.tagOf(PidName.KEYWORDS).orElseThrow();
            assertThat(List.of(lidTag.id(), nameTag.id(), keywords.id())).allMatch(id -> id >= 0x8000).doesNotHaveDuplicates();
            assertThat(lidTag.type()).isEqualTo(PropertyType.INTEGER32);

            long drafts = alice.folderId(SpecialFolder.DRAFTS);
            long mid = session.writer().createMessage(drafts, MessageSpec.of(List.of(
                    PropertyValue.of(PidTag.SUBJECT, "Named"), PropertyValue.of(lidTag, 42),
                    PropertyValue.of(nameTag, "custom value"), PropertyValue.of(keywords, List.of("Blue", "Green")))));
            try (MapiMessage m = session.openMessage(drafts, mid)) {
                assertThat(m.properties().number(CUSTOM_LID, 0)).isEqualTo(42);
                assertThat(m.properties().get(CUSTOM_NAME).map(PropertyValue::asString)).contains("custom value");
                assertThat(m.properties().strings(PidName.KEYWORDS)).containsExactly("Blue", "Green");
            }
        }
        try (MapiSession again = connect("alice")) {
            NamedPropertyIds known = again.resolveNamedProperties(List.of(CUSTOM_LID), List.of(CUSTOM_NAME), false);
            assertThat(known.tagOf(CUSTOM_LID)).contains(lidTag);
            assertThat(known.tagOf(CUSTOM_NAME)).contains(nameTag);
        }
        try (MapiSession bob = connect("bob")) {
            assertThat(bob.resolveNamedProperties(List.of(CUSTOM_LID), List.of(CUSTOM_NAME), false).tagOf(CUSTOM_NAME))
                    .as("ids belong to one mailbox").isEmpty();
        }
    }
}
