package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.server.http.MapiHttpServer;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The address book client against the real mapi-server's /mapi/nspi endpoint on loopback. */
class AddressBookIntegrationTest {
    @TempDir
    static Path dir;
    static H2MailboxStore store;
    static MapiHttpServer server;

    @BeforeAll
    static void start() {
        store = H2MailboxStore.open(dir);
        store.createMailbox("alice", "Alice Liddell", "alice@example.org");
        store.createMailbox("bob", "Bob Builder", "bob@example.org");
        store.createMailbox("carol", "Carol Danvers", "carol@example.org");
        store.createMailbox("albert", "Albert Camus", "albert@example.org");
        server = MapiHttpServer.builder().store(store).user("alice", "secret").user("bob", "pw").user("carol", "pw")
                .user("albert", "pw").build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static AddressBook connect() {
        return AddressBook.connect(server.nspiUri(), "alice", "secret".toCharArray());
    }

    @Test
    void browsesTheGlobalAddressListInPages() {
        try (AddressBook book = connect()) {
            AddressBookPage first = book.browse(0, 3);
            assertThat(first.entries()).extracting(AddressBookEntry::displayName)
                    .containsExactly("Albert Camus", "Alice Liddell", "Bob Builder");
            assertThat(first.totalCount()).isEqualTo(4);
            assertThat(first.hasMore()).isTrue();
            AddressBookPage second = book.browse(3, 3);
            assertThat(second.entries()).extracting(AddressBookEntry::displayName).containsExactly("Carol Danvers");
            assertThat(second.hasMore()).isFalse();
            AddressBookEntry alice = first.entries().get(1);
            assertThat(alice.smtpAddress()).contains("alice@example.org");
            assertThat(alice.legacyDn()).isEqualTo(UserDn.of("alice"));
            assertThat(alice.addressType()).isEqualTo("EX");
            assertThat(alice.account()).contains("alice");
            assertThat(alice.objectType()).isEqualTo(6);
            assertThat(alice.displayType()).isZero();
            assertThat(alice.title()).isEmpty();
            assertThat(book.entry(alice.minimalId())).contains(alice);
        }
    }

    @Test
    void resolvesNames() {
        try (AddressBook book = connect()) {
            List<NameResolution> answers = book.resolve(List.of("ali", "nobody-here", "al", "bob@example.org"));
            assertThat(answers.get(0).status()).isEqualTo(NameResolution.Status.RESOLVED);
            assertThat(answers.get(0).entry().displayName()).isEqualTo("Alice Liddell");
            assertThat(answers.get(1).status()).isEqualTo(NameResolution.Status.UNRESOLVED);
            assertThat(answers.get(1).candidates()).isEmpty();
            assertThat(answers.get(2).status()).isEqualTo(NameResolution.Status.AMBIGUOUS);
            assertThat(answers.get(2).candidates()).extracting(AddressBookEntry::displayName)
                    .containsExactly("Albert Camus", "Alice Liddell");
            assertThat(answers.get(3).entry().account()).contains("bob");
            assertThat(book.resolve("ali").entry().minimalId()).isEqualTo(answers.get(0).entry().minimalId());
        }
    }

    @Test
    void readsEntriesByDnAndSearchesByPrefix() {
        try (AddressBook book = connect()) {
            Optional<AddressBookEntry> carol = book.entry(UserDn.of("carol"));
            assertThat(carol).map(AddressBookEntry::displayName).contains("Carol Danvers");
            assertThat(book.entry("/o=Nowhere/cn=Recipients/cn=nobody")).isEmpty();
            assertThat(book.entry(0x7FFF_0000)).isEmpty();
            assertThat(book.search("car", 10)).extracting(AddressBookEntry::minimalId)
                    .containsExactly(carol.orElseThrow().minimalId());
        }
    }

    @Test
    void wrongPasswordIsAnAuthenticationError() {
        assertThatThrownBy(() -> AddressBook.connect(server.nspiUri(), "alice", "wrong".toCharArray()))
                .isInstanceOf(MapiAuthenticationException.class);
    }
}
