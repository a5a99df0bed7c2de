package org.interchange.mapi.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.client.internal.rop.ServerTable;
import org.interchange.mapi.client.internal.session.SessionContext;
import org.interchange.mapi.client.write.SessionAccess;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyRow;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.Restriction;
import org.interchange.mapi.codec.property.RuleAction;
import org.interchange.mapi.codec.property.RuleActions;
import org.interchange.mapi.codec.rop.RopGetRulesTableRequest;
import org.interchange.mapi.codec.rop.RopGetRulesTableResponse;
import org.interchange.mapi.codec.rop.RopModifyRulesRequest;
import org.interchange.mapi.codec.rop.RopModifyRulesResponse;
import org.interchange.mapi.codec.rop.RopOpenFolderRequest;
import org.interchange.mapi.codec.rop.RopOpenFolderResponse;
import org.interchange.mapi.codec.rop.RopQueryRowsRequest;
import org.interchange.mapi.codec.rop.RopQueryRowsResponse;
import org.interchange.mapi.codec.rop.RopSetColumnsRequest;
import org.interchange.mapi.codec.rop.RopSetColumnsResponse;
import org.interchange.mapi.codec.rop.RuleData;

/**
 * The server-side rules of a folder (usually the Inbox), [MS-OXORULE] 3.1.4: {@link #list} reads the
 * rules table (RopGetRulesTable, RopSetColumns, RopQueryRows), {@link #add}, {@link #modify} and
 * {@link #delete} send RopModifyRules with ROW_ADD, ROW_MODIFY and ROW_REMOVE. Each call takes one
 * Execute (listing a long table, a few). Obtain it from {@code MapiSession.rules()}.
 */
public final class MailboxRules {
    private static final PropertyTag RULE_ID = PropertyTag.of(0x6674, PropertyType.INTEGER64);
    private static final PropertyTag RULE_SEQUENCE = PropertyTag.of(0x6676, PropertyType.INTEGER32);
    private static final PropertyTag RULE_STATE = PropertyTag.of(0x6677, PropertyType.INTEGER32);
    private static final PropertyTag RULE_USER_FLAGS = PropertyTag.of(0x6678, PropertyType.INTEGER32);
    private static final PropertyTag RULE_CONDITION = PropertyTag.of(0x6679, PropertyType.RESTRICTION);
    private static final PropertyTag RULE_ACTIONS = PropertyTag.of(0x6680, PropertyType.RULE_ACTION);
    private static final PropertyTag RULE_PROVIDER = PropertyTag.of(0x6681, PropertyType.STRING);
    private static final PropertyTag RULE_NAME = PropertyTag.of(0x6682, PropertyType.STRING);
    private static final PropertyTag RULE_LEVEL = PropertyTag.of(0x6683, PropertyType.INTEGER32);
    private static final List<PropertyTag> COLUMNS = List.of(RULE_ID, RULE_SEQUENCE, RULE_STATE, RULE_USER_FLAGS,
            RULE_CONDITION, RULE_ACTIONS, RULE_PROVIDER, RULE_NAME, RULE_LEVEL);
    private static final int ROW_ADD = 0x01;
    private static final int ROW_MODIFY = 0x02;
    private static final int ROW_REMOVE = 0x04;
    /** TableFlags U: strings in Unicode, [MS-OXORULE] 2.2.2.1. */
    private static final int UNICODE = 0x40;
    private static final int PAGE_ROWS = 100;

    /** ST_ENABLED and ST_EXIT_LEVEL of PidTagRuleState, [MS-OXORULE] 2.2.1.3.1.3. */
    public static final int ST_ENABLED = 0x01;
    public static final int ST_ERROR = 0x02;
    public static final int ST_EXIT_LEVEL = 0x10;

    /**
     * One standard rule, [MS-OXORULE] 2.2.1.3.1: {@code ruleId} is assigned by the server (0 for a
     * rule not yet added), {@code state} holds ST_ENABLED, ST_EXIT_LEVEL and the like.
     */
    public record Rule(long ruleId, String name, int sequence, int state, String provider, int level, int userFlags,
            Restriction condition, RuleActions actions) {
        public Rule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(actions, "actions");
        }

        /** An enabled rule to add, with the provider "RuleOrganizer" Outlook uses for its rules. */
        public static Rule of(String name, int sequence, Restriction condition, RuleAction... actions) {
            return new Rule(0, name, sequence, ST_ENABLED, "RuleOrganizer", 0, 0, condition, RuleActions.of(actions));
        }

        public boolean enabled() {
            return (state & ST_ENABLED) != 0;
        }
    }

    private final SessionAccess session;

    public MailboxRules(SessionAccess session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** OP_MOVE to a folder of this mailbox, named by its ServerEid ([MS-OXORULE] 2.2.5.1.2.1). */
    public static RuleAction moveTo(long folderId) {
        return new RuleAction.MoveCopy(RuleAction.OP_MOVE, true, new byte[0], serverEid(folderId));
    }

    /** OP_COPY to a folder of this mailbox. */
    public static RuleAction copyTo(long folderId) {
        return new RuleAction.MoveCopy(RuleAction.OP_COPY, true, new byte[0], serverEid(folderId));
    }

    /** The rules of a folder in the order the server evaluates them. */
    public List<Rule> list(long folderId) {
        return session.call(c -> read(c, folderId));
    }

    /** Adds a rule (its {@code ruleId} is ignored) and returns it as the server stored it. */
    public Rule add(long folderId, Rule rule) {
        return session.call(c -> {
            List<Long> before = read(c, folderId).stream().map(Rule::ruleId).toList();
            modify(c, folderId, List.of(new RuleData(ROW_ADD, values(rule))));
            return read(c, folderId).stream().filter(r -> !before.contains(r.ruleId())).findFirst()
                    .orElseThrow(() -> new MapiProtocolException("the added rule is not in the rules table"));
        });
    }

    /** Replaces the properties of the rule with {@code rule.ruleId()} by those of {@code rule}. */
    public void modify(long folderId, Rule rule) {
        List<PropertyValue> values = new ArrayList<>(values(rule));
        values.addFirst(PropertyValue.of(RULE_ID, rule.ruleId()));
        session.call(c -> {
            modify(c, folderId, List.of(new RuleData(ROW_MODIFY, values)));
            return null;
        });
    }

    /** Deletes a rule; a rule id unknown to the folder fails with ecNotFound. */
    public void delete(long folderId, long ruleId) {
        session.call(c -> {
            modify(c, folderId, List.of(new RuleData(ROW_REMOVE, List.of(PropertyValue.of(RULE_ID, ruleId)))));
            return null;
        });
    }

    private static List<PropertyValue> values(Rule rule) {
        return List.of(PropertyValue.of(RULE_SEQUENCE, rule.sequence()), PropertyValue.of(RULE_STATE, rule.state()),
                PropertyValue.of(RULE_USER_FLAGS, rule.userFlags()), PropertyValue.of(RULE_NAME, rule.name()),
                PropertyValue.of(RULE_PROVIDER, rule.provider()), PropertyValue.of(RULE_LEVEL, rule.level()),
                PropertyValue.of(RULE_CONDITION, rule.condition()), PropertyValue.of(RULE_ACTIONS, rule.actions()));
    }

    private static void modify(SessionContext c, long folderId, List<RuleData> rows) {
        RopBatch batch = c.executor().newBatch();
        int folder = batch.output();
        var open = batch.add(new RopOpenFolderRequest(RopBatch.LOGON_ID, batch.input(c.logon()), folder, folderId, 0),
                RopOpenFolderResponse.class);
        var change = batch.add(new RopModifyRulesRequest(RopBatch.LOGON_ID, folder, 0, rows),
                RopModifyRulesResponse.class);
        BatchResult result = c.executor().run(batch);
        try {
            result.get(open);
            result.get(change);
        } finally {
            result.releaseUnclaimed();
        }
    }

    private static List<Rule> read(SessionContext c, long folderId) {
        RopBatch batch = c.executor().newBatch();
        int folder = batch.output();
        int table = batch.output();
        var open = batch.add(new RopOpenFolderRequest(RopBatch.LOGON_ID, batch.input(c.logon()), folder, folderId, 0),
                RopOpenFolderResponse.class);
        var rules = batch.add(new RopGetRulesTableRequest(RopBatch.LOGON_ID, folder, table, UNICODE),
                RopGetRulesTableResponse.class);
        var columns = batch.add(new RopSetColumnsRequest(RopBatch.LOGON_ID, table, 0, COLUMNS),
                RopSetColumnsResponse.class);
        var query = batch.add(new RopQueryRowsRequest(RopBatch.LOGON_ID, table, 0, true, PAGE_ROWS),
                RopQueryRowsResponse.class);
        BatchResult result = c.executor().run(batch);
        List<Rule> out = new ArrayList<>();
        ServerObject tableObject = null;
        try {
            result.get(open);
            result.get(rules);
            result.get(columns);
            RopQueryRowsResponse page = result.get(query);
            tableObject = result.claim(table);
            ServerTable opened = new ServerTable(tableObject, COLUMNS);
            while (true) {
                page.rows().forEach(row -> out.add(rule(row)));
                if (page.rows().isEmpty() || page.origin() == 0x02) {
                    break;
                }
                RopBatch next = c.executor().newBatch();
                var more = next.add(new RopQueryRowsRequest(RopBatch.LOGON_ID, next.input(opened), 0, true,
                        PAGE_ROWS), RopQueryRowsResponse.class);
                page = c.executor().run(next).get(more);
            }
        } finally {
            result.releaseUnclaimed();
            if (tableObject != null) {
                c.executor().releases().add(tableObject);
            }
        }
        return out;
    }

    private static Rule rule(PropertyRow row) {
        return new Rule(value(row, RULE_ID).map(PropertyValue::asLong).orElse(0L),
                value(row, RULE_NAME).map(PropertyValue::asString).orElse(""),
                value(row, RULE_SEQUENCE).map(PropertyValue::asInt).orElse(0),
                value(row, RULE_STATE).map(PropertyValue::asInt).orElse(0),
                value(row, RULE_PROVIDER).map(PropertyValue::asString).orElse(""),
                value(row, RULE_LEVEL).map(PropertyValue::asInt).orElse(0),
                value(row, RULE_USER_FLAGS).map(PropertyValue::asInt).orElse(0),
                value(row, RULE_CONDITION).map(v -> (Restriction) v.value())
                        .orElseThrow(() -> new MapiProtocolException("a rule without PidTagRuleCondition")),
                value(row, RULE_ACTIONS).map(v -> (RuleActions) v.value())
                        .orElseThrow(() -> new MapiProtocolException("a rule without PidTagRuleActions")));
    }

    private static Optional<PropertyValue> value(PropertyRow row, PropertyTag tag) {
        return row.find(tag.id()).filter(v -> !v.isError() && v.tag().type() == tag.type());
    }

    /** A ServerEid, [MS-OXCDATA] 2.11.1.4: Ours 0x01, the folder id, a zero message id, Instance 0. */
    private static byte[] serverEid(long folderId) {
        return new ByteWriter(21).u8(1).i64(folderId).i64(0).i32(0).toByteArray();
    }
}
