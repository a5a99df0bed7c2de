package org.interchange.mapi.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RuleAction;
import org.interchange.mapi.codec.property.RuleActions;
import org.interchange.mapi.codec.rop.RopErrorResponse;
import org.interchange.mapi.codec.rop.RopGetRulesTableRequest;
import org.interchange.mapi.codec.rop.RopLogonRequest;
import org.interchange.mapi.codec.rop.RopModifyRulesRequest;
import org.interchange.mapi.codec.rop.RopModifyRulesResponse;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopRequest;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RuleData;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.mail.LmtpServer;
import org.interchange.mapi.server.mail.MailboxDelivery;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.oxcstor.UserDn;
import org.interchange.mapi.server.rop.oxorule.RuleProperties;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RopModifyRules and RopGetRulesTable over loopback MAPI/HTTP, and the rules applied to mail arriving by LMTP. */
class RulesEndpointTest {
    @TempDir
    Path dir;
    AccountDirectory accounts;
    H2MailboxStore store;
    MapiHttpServer server;
    LmtpServer lmtp;
    Mailbox alice;
    long inbox;

    @BeforeEach
    void start() throws Exception {
        accounts = AccountDirectory.openH2(dir, PasswordHasher.withCost(64, 1));
        accounts.add(new Account("alice", "Alice", "alice@example.org"), "password-a".toCharArray());
        store = H2MailboxStore.open(dir);
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
        inbox = alice.folderId(SpecialFolder.INBOX);
        server = MapiHttpServer.builder().store(store).user("alice", "password-a").build().start();
        lmtp = LmtpServer.start("127.0.0.1", 0, "mx.example.org", 1 << 20, new MailboxDelivery(accounts, store));
    }

    @AfterEach
    void stop() {
        lmtp.close();
        server.close();
        store.close();
        accounts.close();
    }

    @Test
    void rulesAddedOverHttpAreListedAndFileMailArrivingByLmtp() throws Exception {
        FolderRecord newsletters = store.createFolder(alice, inbox, "Newsletters", "IPF.Note");
        MapiHttpTestClient c = new MapiHttpTestClient(server.emsmdbUri(), "alice", "password-a");
        c.connect();
        RuleData moveNews = new RuleData(RuleProperties.ROW_ADD, rule(10, "news", subjectContains("newsletter"),
                RuleActions.of(new RuleAction.MoveCopy(RuleAction.OP_MOVE, true, new byte[0],
                        new ByteWriter(21).u8(1).i64(newsletters.fid()).i64(0).i32(0).toByteArray()),
                        new RuleAction.MarkAsRead())));
        RuleData deleteSpam = new RuleData(RuleProperties.ROW_ADD, rule(5, "spam", subjectContains("viagra"),
                RuleActions.of(new RuleAction.Delete())));

        List<RopResponse> out = c.execute(List.of(logon(), new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopModifyRulesRequest(0, 1, 0, List.of(moveNews, deleteSpam)),
                new RopGetRulesTableRequest(0, 1, 2, 0x40),
                new RopSetColumnsRequest(0, 2, 0, List.of(RuleProperties.RULE_ID, RuleProperties.RULE_NAME,
                        RuleProperties.RULE_SEQUENCE, RuleProperties.RULE_CONDITION, RuleProperties.RULE_ACTIONS)),
                new RopQueryRowsRequest(0, 2, 0, true, 50)), 3).rops();

        assertThat(out.get(2)).isInstanceOf(RopModifyRulesResponse.class);
        List<PropertyRow> rows = ((RopQueryRowsResponse) out.get(5)).rows();
        assertThat(rows).extracting(r -> r.find(RuleProperties.RULE_NAME.id()).orElseThrow().asString())
                .containsExactly("spam", "news");
        assertThat(rows.get(1).find(RuleProperties.RULE_CONDITION.id()).orElseThrow().value())
                .isEqualTo(subjectContains("newsletter"));
        assertThat(rows).allSatisfy(r -> assertThat(r.find(RuleProperties.RULE_ID.id())).isPresent());

        assertThat(lmtp("Monthly Newsletter", "Spam: cheap viagra", "Lunch?")).allMatch(r -> r.startsWith("250 2.0.0"));

        assertThat(store.messages(alice, inbox)).extracting(RulesEndpointTest::subject).containsExactly("Lunch?");
        List<MessageRecord> filed = store.messages(alice, newsletters.fid());
        assertThat(filed).extracting(RulesEndpointTest::subject).containsExactly("Monthly Newsletter");
        assertThat(filed.getFirst().isRead()).isTrue();
    }

    @Test
    void malformedRuleRowsAreRefusedAndChangeNothing() throws Exception {
        MapiHttpTestClient c = new MapiHttpTestClient(server.emsmdbUri(), "alice", "password-a");
        c.connect();
        List<PropertyValue> valid = rule(1, "ok", subjectContains("x"), RuleActions.of(new RuleAction.Delete()));
        List<PropertyValue> withId = new java.util.ArrayList<>(valid);
        withId.add(PropertyValue.of(RuleProperties.RULE_ID, 42L));

        List<RopResponse> out = c.execute(List.of(logon(), new RopOpenFolderRequest(0, 0, 1, inbox, 0),
                new RopModifyRulesRequest(0, 1, 0, List.of(new RuleData(RuleProperties.ROW_ADD, valid),
                        new RuleData(RuleProperties.ROW_ADD, withId))),
                new RopModifyRulesRequest(0, 1, 0, List.of(new RuleData(RuleProperties.ROW_ADD, valid.subList(0, 3)))),
                new RopModifyRulesRequest(0, 1, 0, List.of(new RuleData(RuleProperties.ROW_REMOVE,
                        List.of(PropertyValue.of(RuleProperties.RULE_ID, 0x1234L))))),
                new RopModifyRulesRequest(0, 1, 0, List.of(new RuleData(0x08, valid))),
                new RopModifyRulesRequest(0, 1, 0x80, List.of(new RuleData(RuleProperties.ROW_ADD, valid)))), 2).rops();

        assertThat(out.subList(2, 7)).extracting(r -> ((RopErrorResponse) r).returnValue()).containsExactly(
                RopErrors.INVALID_PARAMETER, RopErrors.INVALID_PARAMETER, RopErrors.NOT_FOUND,
                RopErrors.INVALID_PARAMETER, RopErrors.INVALID_PARAMETER);
        assertThat(store.rules(alice, inbox)).isEmpty();
    }

    private static RopLogonRequest logon() {
        return new RopLogonRequest(0, 0, RopLogonRequest.LOGON_FLAG_PRIVATE, 0, 0, UserDn.of("alice"));
    }

    private static List<PropertyValue> rule(int sequence, String name, Restriction condition, RuleActions actions) {
        return List.of(PropertyValue.of(RuleProperties.RULE_SEQUENCE, sequence),
                PropertyValue.of(RuleProperties.RULE_STATE, RuleProperties.ST_ENABLED),
                PropertyValue.of(RuleProperties.RULE_NAME, name),
                PropertyValue.of(RuleProperties.RULE_PROVIDER, "RuleOrganizer"),
                PropertyValue.of(RuleProperties.RULE_CONDITION, condition),
                PropertyValue.of(RuleProperties.RULE_ACTIONS, actions));
    }

    private static Restriction subjectContains(String text) {
        return new Restriction.Content(Restriction.Content.SUBSTRING, Restriction.Content.IGNORECASE, PidTag.SUBJECT,
                PropertyValue.of(PidTag.SUBJECT, text));
    }

    /** Delivers one message per subject to alice over LMTP and returns the DATA replies. */
    private List<String> lmtp(String... subjects) throws Exception {
        List<String> replies = new java.util.ArrayList<>();
        try (Socket s = new Socket("127.0.0.1", lmtp.port())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            in.readLine();
            send(out, "LHLO test.example.org");
            while (in.readLine().startsWith("250-")) {
                // capabilities
            }
            for (String subject : subjects) {
                send(out, "MAIL FROM:<carol@outside.example>");
                in.readLine();
                send(out, "RCPT TO:<alice@example.org>");
                in.readLine();
                send(out, "DATA");
                in.readLine();
                send(out, "From: carol@outside.example\r\nTo: alice@example.org\r\nSubject: " + subject
                        + "\r\n\r\nHello.\r\n.");
                replies.add(in.readLine());
            }
            send(out, "QUIT");
        }
        return replies;
    }

    private static void send(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String subject(MessageRecord m) {
        return m.properties().stream().filter(v -> v.tag().id() == PidTag.SUBJECT.id()).findFirst().orElseThrow()
                .asString();
    }
}
