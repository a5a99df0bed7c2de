package org.interchange.mapi.client.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.client.MapiAuthenticator;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiSessionOptions;
import org.interchange.mapi.client.MapiTable;
import org.interchange.mapi.client.ics.IcsDownload;
import org.interchange.mapi.client.ics.IcsDownloadOptions;
import org.interchange.mapi.client.ics.IcsEvent;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.codec.ids.AddressBookEntryId;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/** Delegate access through the client library against the real server on loopback with an H2 store. */
class DelegateAccessIntegrationTest extends EmbeddedServerFixture {
    private static final int ACCESS_DENIED = 0x80070005;

    Mailbox alice;
    long inbox;
    long budget;

    @Override
    protected void populate() {
        alice = store.createMailbox("alice", "Alice Owner", "alice@example.org");
        store.createMailbox("bob", "Bob Delegate", "bob@example.org");
        inbox = alice.folderId(SpecialFolder.INBOX);
        budget = store.createMessage(alice, inbox, new NewMessage(List.of(PropertyValue.of(PidTag.SUBJECT, "Budget"),
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note")), List.of(), List.of())).mid();
    }

    @Override
    protected MapiHttpServer.Builder configure(MapiHttpServer.Builder builder) {
        return builder.users(Map.of("alice", "a-secret", "bob", "b-secret"));
    }

    @Test
    void withoutAGrantBobCannotOpenAlicesMailbox() {
        try (MapiSession bob = bobInAlicesMailbox()) {
            assertThatThrownBy(bob::logon).isInstanceOfSatisfying(MapiOperationException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ACCESS_DENIED));
        }
    }

    @Test
    void aliceGrantsReadingAndBobReadsButCannotWriteUntilSheGrantsMore() {
        try (MapiSession owner = MapiSession.connect(server.emsmdbUri(), "alice", "a-secret".toCharArray())) {
            FolderPermissions permissions = owner.permissions();
            assertThat(permissions.list(inbox)).extracting(PermissionEntry::memberId, PermissionEntry::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PermissionEntry.DEFAULT_MEMBER, ""),
                            org.assertj.core.groups.Tuple.tuple(PermissionEntry.ANONYMOUS_MEMBER, "Anonymous"));

            permissions.grant(inbox, UserDn.of("bob"), FolderRights.REVIEWER);
            PermissionEntry bobEntry = permissions.list(inbox).get(1);
            assertThat(bobEntry.name()).isEqualTo("Bob Delegate");
            assertThat(bobEntry.rights()).isEqualTo(FolderRights.REVIEWER);
            assertThat(AddressBookEntryId.decode(bobEntry.entryId()).x500Dn()).isEqualTo(UserDn.of("bob"));

            try (MapiSession bob = bobInAlicesMailbox()) {
                assertThat(bob.logon().folderId(org.interchange.mapi.client.SpecialFolder.INBOX)).isEqualTo(inbox);
                try (MapiTable table = bob.contentsTable(inbox, List.of(PidTag.SUBJECT, PidTag.MID))) {
                    assertThat(table.readAll()).extracting(r -> r.string(PidTag.SUBJECT)).containsExactly("Budget");
                }
                try (MapiMessage message = bob.openMessage(inbox, budget)) {
                    assertThat(message.properties().string(PidTag.SUBJECT)).isEqualTo("Budget");
                }
                assertThat(downloadedSubjects(bob)).containsExactly("Budget");

                assertDenied(() -> bob.folderHierarchy());
                assertDenied(() -> bob.writer().createMessage(inbox, MessageSpec.of(List.of(
                        PropertyValue.of(PidTag.SUBJECT, "From Bob")))));
                assertDenied(() -> bob.writer().deleteMessages(inbox, List.of(budget)));
                assertDenied(() -> bob.permissions().setRights(inbox, bobEntry.memberId(), FolderRights.OWNER));

                permissions.setRights(inbox, bobEntry.memberId(), FolderRights.EDITOR);
                long created = bob.writer().createMessage(inbox, MessageSpec.of(List.of(
                        PropertyValue.of(PidTag.SUBJECT, "From Bob"))));
                assertThat(store.message(alice, created)).isPresent();
            }

            permissions.remove(inbox, bobEntry.memberId());
            try (MapiSession bob = bobInAlicesMailbox()) {
                assertDenied(bob::logon);
            }
        }
    }

    private MapiSession bobInAlicesMailbox() {
        return MapiSession.connectToMailbox(server.emsmdbUri(), MapiAuthenticator.basic("bob", "b-secret".toCharArray()),
                "bob", UserDn.of("alice"), MapiSessionOptions.builder().readTimeout(Duration.ofSeconds(20)).build());
    }

    private List<String> downloadedSubjects(MapiSession session) {
        List<String> subjects = new ArrayList<>();
        try (IcsDownload download = session.downloadContents(inbox, new byte[0], IcsDownloadOptions.defaults())) {
            while (download.hasNext()) {
                for (IcsEvent e : download.next().events()) {
                    if (e instanceof IcsEvent.MessageChanged changed) {
                        subjects.add(changed.message().properties().string(PidTag.SUBJECT));
                    }
                }
            }
        }
        return subjects;
    }

    private static void assertDenied(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(MapiOperationException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ACCESS_DENIED));
    }
}
