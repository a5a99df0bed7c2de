package org.interchange.mapi.server.rop.oxorule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RuleAction;
import org.interchange.mapi.codec.property.RuleActions;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.EntryIds;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.RuleChange;
import org.interchange.mapi.server.store.RuleRecord;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery through the Inbox rules on a real H2 store. */
class InboxRulesTest {
    @TempDir
    Path dir;
    MailboxStore store;
    Mailbox box;
    long inbox;
    FolderRecord invoices;

    @BeforeEach
    void open() {
        store = H2MailboxStore.open(dir);
        box = store.createMailbox("alice", "Alice", "alice@example.org");
        inbox = box.folderId(SpecialFolder.INBOX);
        invoices = store.createFolder(box, inbox, "Invoices", "IPF.Note");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void withoutRulesTheMessageArrivesUnreadInTheInbox() {
        List<MessageRecord> stored = InboxRules.deliver(store, box, mail("Hello", "bob@example.org"));

        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.fid()).isEqualTo(inbox);
            assertThat(m.isRead()).isFalse();
        });
    }

    @Test
    void matchingRulesMoveCopyAndMarkReadInSequenceOrder() {
        long archive = store.createFolder(box, inbox, "Archive", "IPF.Note").fid();
        add(20, RuleProperties.ST_ENABLED, subjectContains("invoice"), RuleActions.of(new RuleAction.MarkAsRead()));
        add(10, RuleProperties.ST_ENABLED, subjectContains("invoice"),
                RuleActions.of(move(invoices.fid()), copyByEntryId(archive)));
        add(30, RuleProperties.ST_ENABLED, subjectContains("nothing like this"),
                RuleActions.of(new RuleAction.Delete()));

        List<MessageRecord> stored = InboxRules.deliver(store, box, mail("Your INVOICE 42", "bob@example.org"));

        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).fid()).isEqualTo(invoices.fid());
        assertThat(stored.get(0).isRead()).as("marked read by the later rule").isTrue();
        assertThat(stored.get(1).fid()).isEqualTo(archive);
        assertThat(stored.get(1).isRead()).as("copied before the message was marked read").isFalse();
        assertThat(store.messages(box, inbox)).isEmpty();
    }

    @Test
    void exitLevelStopsLaterRulesAndDisabledRulesAreSkipped() {
        add(1, 0, subjectContains("report"), RuleActions.of(new RuleAction.Delete()));
        add(2, RuleProperties.ST_ENABLED | RuleProperties.ST_EXIT_LEVEL, subjectContains("report"),
                RuleActions.of(new RuleAction.MarkAsRead()));
        add(3, RuleProperties.ST_ENABLED, subjectContains("report"), RuleActions.of(new RuleAction.Delete()));

        List<MessageRecord> stored = InboxRules.deliver(store, box, mail("Weekly report", "bob@example.org"));

        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.fid()).isEqualTo(inbox);
            assertThat(m.isRead()).isTrue();
        });
    }

    @Test
    void deleteDropsTheMessageAndRecipientConditionsLookAtTheRecipientRows() {
        Restriction toCarol = new Restriction.SubObject(PropertyTag.of(0x0E12, org.interchange.mapi.codec.property
                .PropertyType.OBJECT), new Restriction.Content(Restriction.Content.FULLSTRING,
                Restriction.Content.IGNORECASE, PidTag.SMTP_ADDRESS, PropertyValue.of(PidTag.SMTP_ADDRESS,
                "Carol@Example.org")));
        add(1, RuleProperties.ST_ENABLED, toCarol, RuleActions.of(new RuleAction.Delete()));

        assertThat(InboxRules.deliver(store, box, mail("For Carol", "carol@example.org"))).isEmpty();
        assertThat(InboxRules.deliver(store, box, mail("For Bob", "bob@example.org"))).hasSize(1);
        assertThat(store.messages(box, inbox)).extracting(m -> subject(m)).containsExactly("For Bob");
    }

    @Test
    void anErroringRuleIsMarkedAndSkippedWithoutLosingTheMessage() {
        add(1, RuleProperties.ST_ENABLED, subjectContains("x"), RuleActions.of(move(0x7FFF_0001L)));
        add(2, RuleProperties.ST_ENABLED, new Restriction.Property(Restriction.RELOP_RE, PidTag.SUBJECT,
                PropertyValue.of(PidTag.SUBJECT, ".*")), RuleActions.of(new RuleAction.Delete()));
        add(3, RuleProperties.ST_ENABLED, subjectContains("x"), RuleActions.of(new RuleAction.MarkAsRead()));

        List<MessageRecord> stored = InboxRules.deliver(store, box, mail("x marks the spot", "bob@example.org"));

        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.fid()).isEqualTo(inbox);
            assertThat(m.isRead()).as("the rule after the broken ones still ran").isTrue();
        });
        List<RuleRecord> rules = store.rules(box, inbox);
        assertThat(rules).extracting(r -> r.find(RuleProperties.RULE_STATE.id()).orElseThrow().asInt())
                .containsExactly(RuleProperties.ST_ENABLED | RuleProperties.ST_ERROR,
                        RuleProperties.ST_ENABLED | RuleProperties.ST_ERROR, RuleProperties.ST_ENABLED);
    }

    private void add(int sequence, int state, Restriction condition, RuleActions actions) {
        store.modifyRules(box, inbox, false, List.of(new RuleChange.Add(List.of(
                PropertyValue.of(RuleProperties.RULE_SEQUENCE, sequence), PropertyValue.of(RuleProperties.RULE_STATE, state),
                PropertyValue.of(RuleProperties.RULE_PROVIDER, "RuleOrganizer"),
                PropertyValue.of(RuleProperties.RULE_CONDITION, condition),
                PropertyValue.of(RuleProperties.RULE_ACTIONS, actions)))));
    }

    private static Restriction subjectContains(String text) {
        return new Restriction.Content(Restriction.Content.SUBSTRING, Restriction.Content.IGNORECASE, PidTag.SUBJECT,
                PropertyValue.of(PidTag.SUBJECT, text));
    }

    private static RuleAction move(long fid) {
        byte[] serverEid = new ByteWriter(21).u8(1).i64(fid).i64(0).i32(0).toByteArray();
        return new RuleAction.MoveCopy(RuleAction.OP_MOVE, true, new byte[0], serverEid);
    }

    private RuleAction copyByEntryId(long fid) {
        return new RuleAction.MoveCopy(RuleAction.OP_COPY, false, new byte[] {1, 2, 3}, EntryIds.folder(box, fid));
    }

    private static NewMessage mail(String subject, String to) {
        return new NewMessage(List.of(PropertyValue.of(PidTag.SUBJECT, subject),
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note")),
                List.of(List.of(PropertyValue.of(PidTag.DISPLAY_NAME, to), PropertyValue.of(PidTag.SMTP_ADDRESS, to))),
                List.of());
    }

    private static String subject(MessageRecord m) {
        return m.properties().stream().filter(v -> v.tag().id() == PidTag.SUBJECT.id()).findFirst().orElseThrow()
                .asString();
    }
}
