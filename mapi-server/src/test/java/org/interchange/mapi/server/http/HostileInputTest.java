package org.interchange.mapi.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interchange.mapi.server.http.MapiHttpTestClient.basic;
import static org.interchange.mapi.server.http.MapiHttpTestClient.code;
import static org.interchange.mapi.server.http.MapiHttpTestClient.cookie;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.interchange.mapi.codec.http.ExecuteRequest;
import org.interchange.mapi.codec.http.ExecuteResponse;
import org.interchange.mapi.codec.http.MapiHttpResponse;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RuleAction;
import org.interchange.mapi.codec.property.RuleActions;
import org.interchange.mapi.codec.rop.RopCreateMessageRequest;
import org.interchange.mapi.codec.rop.RopGetContentsTableRequest;
import org.interchange.mapi.codec.rop.RopGetRulesTableRequest;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopModifyRulesRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopRequestBuffer;
import org.interchange.mapi.codec.rop.RopSaveChangesMessageRequest;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RopSetPropertiesRequest;
import org.interchange.mapi.codec.rop.RopSubmitMessageRequest;
import org.interchange.mapi.codec.rop.RuleData;
import org.interchange.mapi.codec.rpc.ExtendedBuffers;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.rop.oxorule.RuleProperties;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile input on real loopback HTTP, [MS-OXCMAPIHTTP] 2.2.3.3.3: every malformed request
 * gets its X-ResponseCode, randomly mutated ROP buffers get well-formed Execute responses, and
 * another user's ordinary session keeps working all the while.
 */
class HostileInputTest {
    @TempDir
    Path dir;
    H2MailboxStore store;
    MapiHttpServer server;
    FakeClock clock;
    Mailbox victim;

    @BeforeEach
    void start() {
        store = H2MailboxStore.open(dir);
        victim = store.createMailbox("victim", "Victim", "victim@example.org");
        store.createMailbox("mallory", "Mallory", "mallory@example.org");
        for (int i = 0; i < 3; i++) {
            store.createMessage(victim, victim.folderId(SpecialFolder.INBOX),
                    NewMessage.of(List.of(PropertyValue.of(PidTag.SUBJECT, "note " + i))));
        }
        clock = new FakeClock();
        server = MapiHttpServer.builder().store(store).user("victim", "victim-pw").user("mallory", "mallory-pw")
                .clock(clock).sessionTimeout(Duration.ofMinutes(10)).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void badRequestsGetTheirResponseCodesWhileAnotherUserKeepsWorking() throws Exception {
        try (Bystander bystander = new Bystander()) {
            MapiHttpTestClient m = mallory();
            assertThat(m.connect().responseCode()).hasValue(0);
            Random random = new Random(7);
            for (String type : List.of("Connect", "Execute", "Disconnect", "NotificationWait")) {
                for (int i = 0; i < 5; i++) {
                    byte[] junk = new byte[1 + random.nextInt(40)];
                    random.nextBytes(junk);
                    assertThat(code(m.post(type, junk))).as("junk %s body", type).isEqualTo(12);
                }
                assertThat(code(m.post(type, new byte[0]))).as("empty %s body", type).isEqualTo(12);
            }
            assertThat(m.connect().responseCode()).hasValue(0);
            assertThat(code(m.post(null, new byte[0]))).as("no X-RequestType").isEqualTo(7);
            assertThat(code(m.post("Frobnicate", new byte[0]))).as("unknown X-RequestType").isEqualTo(5);
            assertThat(code(m.post("Bind", new byte[8]))).as("an NSPI request type at EMSMDB").isEqualTo(5);
            assertThat(code(m.post("GetMatches", new byte[8]))).isEqualTo(5);
            assertThat(code(send(HttpRequest.newBuilder(server.emsmdbUri()).header("Content-Type", "text/plain"),
                    "mallory", "Execute", new byte[8]))).as("wrong Content-Type").isEqualTo(4);
            assertThat(bystander.failures()).isEmpty();
        }
    }

    @Test
    void oversizedRequestsAreRefusedWithTooLarge() throws Exception {
        try (Bystander bystander = new Bystander()) {
            MapiHttpTestClient m = mallory();
            m.connect();
            byte[] huge = new byte[EmsmdbHandler.MAX_BODY + 1];
            HttpRequest declared = oversized(HttpRequest.BodyPublishers.ofByteArray(huge)).expectContinue(true).build();
            assertThat(code(m.http.send(declared, HttpResponse.BodyHandlers.ofByteArray())))
                    .as("Content-Length over the bound: refused before the body is sent").isEqualTo(9);
            HttpRequest chunked = oversized(HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(huge))).build();
            assertThat(code(m.http.send(chunked, HttpResponse.BodyHandlers.ofByteArray())))
                    .as("chunked, no length: refused once the bound is passed").isEqualTo(9);
            try {
                HttpResponse<byte[]> blunt = m.http.send(oversized(HttpRequest.BodyPublishers.ofByteArray(
                        new byte[EmsmdbHandler.MAX_BODY * 2])).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(code(blunt)).as("a client that pushes on regardless").isEqualTo(9);
            } catch (java.io.IOException closed) {
                // the server answered 9 and closed the connection while the client was still sending
            }
            assertThat(code(m.post("Execute", executeBody(List.of(logon("mallory")))))).as("still usable").isZero();
            assertThat(bystander.failures()).isEmpty();
        }
    }

    private HttpRequest.Builder oversized(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(server.emsmdbUri()).POST(body).header("Content-Type", "application/mapi-http")
                .header("X-RequestType", "Execute").header("Authorization", basic("mallory", "mallory-pw"));
    }

    @Test
    void unknownStolenAndExpiredSessionsAreRefused() throws Exception {
        byte[] execute = executeBody(List.of(logon("mallory")));
        MapiHttpTestClient noCookies = mallory();
        assertThat(code(noCookies.post("Execute", execute))).as("no session cookie").isEqualTo(13);

        CookieManager forged = new CookieManager();
        forged.getCookieStore().add(URI.create(server.baseUri().toString()), cookie("MapiContext", "AAAAAAAAAAAAAAAA"));
        assertThat(code(new MapiHttpTestClient(server.emsmdbUri(), "mallory", "mallory-pw", forged)
                .post("Execute", execute))).as("unknown context cookie").isEqualTo(10);

        CookieManager victimJar = new CookieManager();
        MapiHttpTestClient victimClient = new MapiHttpTestClient(server.emsmdbUri(), "victim", "victim-pw", victimJar);
        victimClient.connect();
        MapiHttpTestClient thief = new MapiHttpTestClient(server.emsmdbUri(), "mallory", "mallory-pw", victimJar);
        assertThat(code(thief.post("Execute", execute))).as("another user's context").isEqualTo(11);

        MapiHttpTestClient m = mallory();
        m.connect();
        clock.advance(Duration.ofMinutes(11));
        assertThat(code(m.post("Execute", execute))).as("expired context").isEqualTo(10);
        assertThat(m.connect().responseCode()).hasValue(0);
        assertThat(code(m.post("Execute", execute))).isZero();
    }

    @Test
    void mutatedRopBuffersGetWellFormedAnswersAndDoNotDisturbOthers() throws Exception {
        long inbox = victim.folderId(SpecialFolder.INBOX);
        List<byte[]> seeds = List.of(
                ropBuffer(List.of(logon("mallory"), new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                        new RopGetContentsTableRequest(0, 1, 2, 0x40),
                        new RopSetColumnsRequest(0, 2, 0, List.of(PidTag.MID, PidTag.SUBJECT)),
                        new RopQueryRowsRequest(0, 2, 0, true, 10)), 3),
                ropBuffer(List.of(logon("mallory"), new RopCreateMessageRequest(0, 0, 1, 0, inbox, false),
                        new RopSetPropertiesRequest(0, 1, List.of(PropertyValue.of(PidTag.SUBJECT, "fuzz"))),
                        new RopSaveChangesMessageRequest(0, 1, 1, 0x02), new RopSubmitMessageRequest(0, 1, 0)), 2),
                ropBuffer(List.of(logon("mallory"), new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                        new RopModifyRulesRequest(0, 1, 0, List.of(new RuleData(RuleProperties.ROW_ADD, List.of(
                                PropertyValue.of(RuleProperties.RULE_PROVIDER, "p"),
                                PropertyValue.of(RuleProperties.RULE_CONDITION, new Restriction.Exist(PidTag.SUBJECT)),
                                PropertyValue.of(RuleProperties.RULE_ACTIONS,
                                        RuleActions.of(new RuleAction.MarkAsRead())))))),
                        new RopGetRulesTableRequest(0, 1, 2, 0x40)), 3));
        Random random = new Random(20261129);
        try (Bystander bystander = new Bystander()) {
            MapiHttpTestClient m = mallory();
            m.connect();
            int answered = 0;
            for (int i = 0; i < 300; i++) {
                byte[] mutated = mutate(seeds.get(i % seeds.size()), random);
                byte[] body = new ExecuteRequest(0, ExtendedBuffers.wrap(mutated, false, false), 0x10000, new byte[0])
                        .encode();
                HttpResponse<byte[]> response = m.post("Execute", body);
                assertThat(response.statusCode()).isEqualTo(200);
                MapiHttpResponse framed = MapiHttpResponse.decode(response.body());
                assertThat(framed.responseCode()).as("mutation %d: %s", i, hex(mutated)).hasValue(0);
                ExecuteResponse execute = ExecuteResponse.decode(framed.body());
                assertThat(execute.isSuccess()).isTrue();
                ExtendedBuffers.unwrap(execute.ropBuffer());
                answered++;
            }
            assertThat(answered).isEqualTo(300);
            assertThat(code(m.post("Execute", executeBody(List.of(logon("mallory")))))).isZero();
            assertThat(bystander.failures()).isEmpty();
            assertThat(bystander.rounds()).isPositive();
        }
        assertThat(store.messages(victim, inbox)).hasSize(3);
    }

    /** Flips, overwrites, inserts, deletes or truncates bytes; the RopSize field is kept at times. */
    private static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> out[at] = (byte) random.nextInt(256);
                case 2 -> out[at] = (byte) (random.nextBoolean() ? 0xFF : 0x00);
                case 3 -> {
                    byte[] longer = new byte[out.length + 1 + random.nextInt(8)];
                    System.arraycopy(out, 0, longer, 0, at);
                    random.nextBytes(longer);
                    System.arraycopy(out, at, longer, longer.length - (out.length - at), out.length - at);
                    out = longer;
                }
                case 4 -> out = out.length > 3 ? concat(Arrays.copyOfRange(out, 0, at),
                        Arrays.copyOfRange(out, Math.min(out.length, at + 1 + random.nextInt(4)), out.length)) : out;
                default -> out = Arrays.copyOf(out, Math.max(2, at));
            }
        }
        if (random.nextInt(3) > 0 && out.length >= 2) {
            int ropSize = Math.min(out.length, 0xFFFF);
            out[0] = (byte) ropSize;
            out[1] = (byte) (ropSize >>> 8);
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The victim's ordinary work (open the Inbox, read its rows) on its own session, in a loop. */
    private final class Bystander implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<String> failures = new CopyOnWriteArrayList<>();
        private final AtomicInteger rounds = new AtomicInteger();
        private final Thread thread;

        Bystander() throws Exception {
            MapiHttpTestClient c = new MapiHttpTestClient(server.emsmdbUri(), "victim", "victim-pw");
            if (c.connect().responseCode().orElse(-1) != 0) {
                throw new AssertionError("the bystander cannot connect");
            }
            thread = Thread.ofPlatform().name("bystander").start(() -> {
                while (running.get()) {
                    round(c);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        private void round(MapiHttpTestClient c) {
            try {
                var out = c.execute(List.of(logon("victim"),
                        new RopOpenFolderRequest(0, 0, 1, victim.folderId(SpecialFolder.INBOX), 0),
                        new RopGetContentsTableRequest(0, 1, 2, 0x40),
                        new RopSetColumnsRequest(0, 2, 0, List.of(PidTag.MID, PidTag.SUBJECT)),
                        new RopQueryRowsRequest(0, 2, 0, true, 10)), 3);
                int rows = ((RopQueryRowsResponse) out.rops().get(4)).rows().size();
                if (rows != 3) {
                    failures.add("saw " + rows + " rows");
                }
                rounds.incrementAndGet();
            } catch (Exception | AssertionError e) {
                failures.add(e.toString());
            }
        }

        List<String> failures() {
            return failures;
        }

        int rounds() {
            return rounds.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
            MapiHttpTestClient after = new MapiHttpTestClient(server.emsmdbUri(), "victim", "victim-pw");
            try {
                after.connect();
                round(after);
            } catch (Exception e) {
                failures.add("after: " + e);
            }
        }
    }

    private MapiHttpTestClient mallory() {
        return new MapiHttpTestClient(server.emsmdbUri(), "mallory", "mallory-pw");
    }

    private static RopLogonRequest logon(String user) {
        return new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0, UserDn.of(user));
    }

    private static byte[] ropBuffer(List<RopRequest> rops, int slots) {
        int[] handles = new int[slots];
        Arrays.fill(handles, 0xFFFFFFFF);
        return new RopRequestBuffer(rops, handles).encode();
    }

    private static byte[] executeBody(List<RopRequest> rops) {
        return new ExecuteRequest(0, ExtendedBuffers.wrap(ropBuffer(rops, 2), false, false), 0x10000, new byte[0])
                .encode();
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder b, String user, String type, byte[] body) throws Exception {
        HttpRequest request = b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("X-RequestType", type)
                .header("Authorization", basic(user, user + "-pw")).build();
        return mallory().http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
