package org.interchange.mapi.server.rop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RuleAction;
import org.interchange.mapi.codec.property.RuleActions;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.oxorule.RuleProperties;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.H2MailboxStore;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.RuleChange;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Computed folder properties on a real H2 store. */
class ObjectPropertiesTest {
    @TempDir
    Path dir;
    MailboxStore store;
    Mailbox box;

    @BeforeEach
    void open() {
        store = H2MailboxStore.open(dir);
        box = store.createMailbox("alice", "Alice", "alice@example.org");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFolderHasRulesExactlyWhileRulesAreSetOnIt() {
        long inbox = box.folderId(SpecialFolder.INBOX);
        assertThat(hasRules(inbox)).as("[MS-OXORULE] 2.2.8.1: FALSE without rules").isFalse();

        store.modifyRules(box, inbox, false, List.of(new RuleChange.Add(List.of(
                PropertyValue.of(RuleProperties.RULE_SEQUENCE, 1),
                PropertyValue.of(RuleProperties.RULE_STATE, RuleProperties.ST_ENABLED),
                PropertyValue.of(RuleProperties.RULE_PROVIDER, "RuleOrganizer"),
                PropertyValue.of(RuleProperties.RULE_CONDITION, new Restriction.Exist(PidTag.SUBJECT)),
                PropertyValue.of(RuleProperties.RULE_ACTIONS, RuleActions.of(new RuleAction.MarkAsRead()))))));

        assertThat(hasRules(inbox)).isTrue();
        assertThat(hasRules(box.folderId(SpecialFolder.SENT_ITEMS))).as("rules of another folder").isFalse();

        store.modifyRules(box, inbox, true, List.of());
        assertThat(hasRules(inbox)).as("all rules removed").isFalse();
    }

    private boolean hasRules(long fid) {
        FolderRecord folder = store.folder(box, fid).orElseThrow();
        PropertyValue value = ObjectProperties.folder(store, box, folder, -1).find(0x663A).orElseThrow();
        assertThat(value.tag()).isEqualTo(ObjectProperties.HAS_RULES);
        return value.asBoolean();
    }
}
