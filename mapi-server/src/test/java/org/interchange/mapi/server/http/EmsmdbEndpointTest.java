package org.interchange.mapi.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.mapi.server.http.MapiHttpTestClient.code;
import static org.interchange.mapi.server.http.MapiHttpTestClient.cookie;

import java.net.CookieManager;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interchange.mapi.codec.http.ConnectResponse;
import org.interchange.mapi.codec.http.DisconnectRequest;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.rop.RopErrorResponse;
import org.interchange.mapi.codec.rop.RopGetContentsTableRequest;
import org.interchange.mapi.codec.rop.RopGetContentsTableResponse;
import org.interchange.mapi.codec.rop.RopLogonPrivateMailboxResponse;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponseBuffer;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.demo.DemoMailbox;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EMSMDB endpoint over real loopback HTTP with a real H2 store holding the demo mailbox. */
class EmsmdbEndpointTest {
    @TempDir
    static Path dir;
    static MailboxStore store;
    static Mailbox demo;
    static MapiHttpServer server;

    @BeforeAll
    static void start() {
        store = H2MailboxStore.open(dir);
        demo = DemoMailbox.ensure(store, Instant.parse("2026-11-29T12:00:00Z"));
        server = MapiHttpServer.builder().store(store).user("demo", "secret").user("eve", "evil").build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    MapiHttpTestClient client() {
        return new MapiHttpTestClient(server.emsmdbUri(), "demo", "secret");
    }

    @Test
    void getIsNotAllowed() throws Exception {
        HttpResponse<byte[]> r = client().http.send(HttpRequest.newBuilder(server.emsmdbUri()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void credentialsAreRequired() throws Exception {
        HttpResponse<byte[]> none = new MapiHttpTestClient(server.emsmdbUri(), null, null).post("Connect", new byte[0]);
        HttpResponse<byte[]> wrong = new MapiHttpTestClient(server.emsmdbUri(), "demo", "nope").post("Connect",
                new byte[0]);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void missingRequestTypeIsReported() throws Exception {
        HttpResponse<byte[]> r = client().post(null, new byte[0]);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-ResponseCode")).contains("7");
        assertThat(MapiHttpResponse.decode(r.body()).responseCode()).hasValue(7);
    }

    @Test
    void unknownRequestTypeIsReported() throws Exception {
        assertThat(MapiHttpResponse.decode(client().post("Frobnicate", new byte[0]).body()).responseCode()).hasValue(5);
    }

    @Test
    void connectIssuesSessionCookiesAndEchoesHeaders() throws Exception {
        MapiHttpTestClient c = client();
        HttpResponse<byte[]> r = c.post("Connect",
                new org.interchange.mapi.codec.http.ConnectRequest(UserDn.of("demo"), 0, 1252, 1033, 1033, new byte[0])
                        .encode());
        MapiHttpResponse framed = MapiHttpResponse.decode(r.body());
        ConnectResponse body = ConnectResponse.decode(framed.body());

        assertThat(framed.responseCode()).hasValue(0);
        assertThat(framed.header("X-ElapsedTime")).isPresent();
        assertThat(framed.header("X-StartTime")).isPresent();
        assertThat(body.isSuccess()).isTrue();
        assertThat(body.displayName()).isEqualTo(DemoMailbox.DISPLAY_NAME);
        assertThat(r.headers().firstValue("X-RequestId")).contains("{test}:1");
        assertThat(r.headers().firstValue("X-ClientInfo")).contains("{client-info}");
        assertThat(r.headers().firstValue("X-RequestType")).contains("Connect");
        assertThat(r.headers().allValues("Set-Cookie")).anyMatch(v -> v.startsWith("MapiContext="))
                .anyMatch(v -> v.startsWith("MapiSequence="));
    }

    @Test
    void executeNeedsALiveSessionOfTheSameUser() throws Exception {
        byte[] execute = new ExecuteRequest(0, new byte[0], 0x8000, new byte[0]).encode();
        assertThat(code(client().post("Execute", execute))).isEqualTo(13);

        CookieManager stolen = new CookieManager();
        MapiHttpTestClient owner = new MapiHttpTestClient(server.emsmdbUri(), "demo", "secret", stolen);
        owner.connect();
        MapiHttpTestClient thief = new MapiHttpTestClient(server.emsmdbUri(), "eve", "evil", stolen);
        assertThat(code(thief.post("Execute", execute))).isEqualTo(11);

        CookieManager forged = new CookieManager();
        forged.getCookieStore().add(server.emsmdbUri(), cookie("MapiContext", "not-a-session"));
        assertThat(code(new MapiHttpTestClient(server.emsmdbUri(), "demo", "secret", forged)
                .post("Execute", execute))).isEqualTo(10);
    }

    @Test
    void logonOpenFolderAndQueryRowsReturnTheInbox() throws Exception {
        MapiHttpTestClient c = client();
        c.connect();
        long inbox = demo.folderId(SpecialFolder.INBOX);
        List<PropertyTag> columns = List.of(PidTag.MID, PidTag.SUBJECT, PidTag.MESSAGE_DELIVERY_TIME,
                PidTag.MESSAGE_FLAGS, PidTag.SENDER_NAME);
        List<RopRequest> rops = List.of(
                new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0, UserDn.of("demo")),
                new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopGetContentsTableRequest(0, 1, 2, 0x40),
                new RopSetColumnsRequest(0, 2, 0, columns),
                new RopQueryRowsRequest(0, 2, 0, true, 20));

        RopResponseBuffer out = c.execute(rops, 3);

        List<MessageRecord> expected = store.messages(demo, inbox);
        assertThat(out.rops()).hasSize(5);
        RopLogonPrivateMailboxResponse logon = (RopLogonPrivateMailboxResponse) out.rops().get(0);
        assertThat(logon.folderIds().get(RopLogonPrivateMailboxResponse.INBOX)).isEqualTo(inbox);
        assertThat(logon.mailboxGuid()).isEqualTo(demo.mailboxGuid());
        assertThat(((RopGetContentsTableResponse) out.rops().get(2)).rowCount()).isEqualTo(expected.size());
        RopQueryRowsResponse rows = (RopQueryRowsResponse) out.rops().get(4);
        assertThat(rows.rows()).hasSize(20);
        assertThat(rows.rows()).extracting(r -> r.find(PidTag.MID.id()).orElseThrow().asLong())
                .containsExactlyElementsOf(expected.stream().limit(20).map(MessageRecord::mid).toList());
        PropertyRow first = rows.rows().getFirst();
        assertThat(first.find(PidTag.SUBJECT.id()).orElseThrow().asString()).isEqualTo(expected.getFirst()
                .properties().stream().filter(p -> p.tag().equals(PidTag.SUBJECT)).findFirst().orElseThrow().asString());
        assertThat(out.handles()[2]).isNotEqualTo(0xFFFFFFFF);
    }

    @Test
    void logonToAnotherUsersMailboxIsRefused() throws Exception {
        MapiHttpTestClient eve = new MapiHttpTestClient(server.emsmdbUri(), "eve", "evil");
        eve.connect();

        RopResponseBuffer out = eve.execute(List.of(
                new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0, UserDn.of("demo"))), 1);

        assertThat(out.rops()).singleElement().isInstanceOfSatisfying(RopErrorResponse.class,
                e -> assertThat(e.returnValue()).isEqualTo(RopErrors.ACCESS_DENIED));
    }

    @Test
    void disconnectEndsTheSession() throws Exception {
        MapiHttpTestClient c = client();
        c.connect();

        MapiHttpResponse bye = MapiHttpResponse.decode(c.post("Disconnect", new DisconnectRequest(new byte[0]).encode()).body());
        assertThat(bye.responseCode()).hasValue(0);
        assertThat(code(c.post("Execute", new ExecuteRequest(0, new byte[0], 0x8000, new byte[0]).encode())))
                .isIn(10, 13);
    }

    @Test
    void malformedBodiesGetErrorsAndTheServerKeepsServing() throws Exception {
        MapiHttpTestClient c = client();
        c.connect();
        Random random = new Random(99);
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] junk = new byte[random.nextInt(64)];
            random.nextBytes(junk);
            codes.add(code(c.post("Execute", junk)));
            byte[] ropJunk = new byte[2 + random.nextInt(48)];
            random.nextBytes(ropJunk);
            ropJunk[0] = (byte) ropJunk.length;
            ropJunk[1] = 0;
            byte[] wrapped = ExtendedBuffers.wrap(ropJunk, false, false);
            HttpResponse<byte[]> r = c.post("Execute", new ExecuteRequest(0, wrapped, 0x8000, new byte[0]).encode());
            MapiHttpResponse framed = MapiHttpResponse.decode(r.body());
            assertThat(framed.responseCode()).hasValue(0);
            assertThat(ExecuteResponse.decode(framed.body()).isSuccess()).isTrue();
        }
        assertThat(codes).allMatch(code -> code == 12);
        assertThat(c.connect().responseCode()).hasValue(0);
        assertThat(MapiHttpResponse.decode(c.post("PING", new byte[0]).body()).responseCode()).hasValue(0);
    }
}
