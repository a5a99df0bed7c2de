package org.interchange.mapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interchange.mapi.client.internal.http.FakeMapiHttpServer.framed;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interchange.mapi.client.internal.http.FakeMapiHttpServer;
import org.interchange.mapi.codec.http.nspi.AddressBookPropertyRowSet;
import org.interchange.mapi.codec.http.nspi.AuxiliaryBuffer;
import org.interchange.mapi.codec.http.nspi.BindRequest;
import org.interchange.mapi.codec.http.nspi.BindResponse;
import org.interchange.mapi.codec.http.nspi.QueryRowsRequest;
import org.interchange.mapi.codec.http.nspi.QueryRowsResponse;
import org.interchange.mapi.codec.http.nspi.ResolveNamesResponse;
import org.interchange.mapi.codec.http.nspi.UnbindRequest;
import org.interchange.mapi.codec.http.nspi.UnbindResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The address book client against a scripted MAPI/HTTP server: requests sent and failures reported. */
class AddressBookTest {
    static final AuxiliaryBuffer NONE = AuxiliaryBuffer.EMPTY;
    FakeMapiHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMapiHttpServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static byte[] bindOk() {
        return new BindResponse(0, 0, UUID.randomUUID(), NONE).encode();
    }

    AddressBook connect() {
        return AddressBook.connect(server.uri(), "bob", "pw".toCharArray());
    }

    @Test
    void bindsWithTheClientCodePageAndUnbindsOnClose() {
        server.then(framed(0, bindOk(), 0, "MapiContext=c1")).then(framed(0, new UnbindResponse(0, 1, NONE).encode(), 0));
        connect().close();
        BindRequest bind = BindRequest.decode(server.received.get(0).body());
        assertThat(bind.state().orElseThrow().codePage()).isEqualTo(1252);
        assertThat(server.received.get(0).header("X-RequestType")).isEqualTo("Bind");
        assertThat(server.received.get(1).header("X-RequestType")).isEqualTo("Unbind");
        assertThat(server.received.get(1).header("Cookie")).contains("MapiContext=c1");
        UnbindRequest.decode(server.received.get(1).body());
    }

    @Test
    void aFailedBindIsAnOperationError() {
        server.then(framed(0, new BindResponse(0, 0x80040111, new UUID(0, 0), NONE).encode(), 0));
        assertThatThrownBy(this::connect).isInstanceOf(MapiOperationException.class).hasMessageContaining("Bind");
    }

    @Test
    void browseAsksForRowsFromTheOffsetWithEphemeralIds() {
        server.then(framed(0, bindOk(), 0)).then(framed(0, new QueryRowsResponse(0, 0, Optional.empty(),
                Optional.of(new AddressBookPropertyRowSet(
                        org.interchange.mapi.client.internal.nspi.EntryColumns.ALL, List.of())), NONE).encode(), 0));
        try (AddressBook book = connect()) {
            AddressBookPage page = book.browse(40, 20);
            assertThat(page.entries()).isEmpty();
            QueryRowsRequest sent = QueryRowsRequest.decode(server.received.get(1).body());
            assertThat(sent.state().orElseThrow().delta()).isEqualTo(40);
            assertThat(sent.rowCount()).isEqualTo(20);
            assertThat(sent.flags() & 0x2).isEqualTo(0x2);
        }
    }

    @Test
    void malformedOrInconsistentAnswersAreProtocolErrors() {
        server.then(framed(0, bindOk(), 0)).then(framed(0, new byte[] {0, 0, 0, 0, 1}, 0))
                .then(framed(0, new ResolveNamesResponse(0, 0, 1252, Optional.of(List.of()), Optional.empty(), NONE)
                        .encode(), 0));
        try (AddressBook book = connect()) {
            assertThatThrownBy(() -> book.browse(0, 1)).isInstanceOf(MapiProtocolException.class)
                    .hasMessageContaining("QueryRows");
            assertThatThrownBy(() -> book.resolve("x")).isInstanceOf(MapiProtocolException.class)
                    .hasMessageContaining("0 MIds for 1 names");
        }
    }
}
