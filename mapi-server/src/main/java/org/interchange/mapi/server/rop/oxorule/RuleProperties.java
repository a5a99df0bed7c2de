package org.interchange.mapi.server.rop.oxorule;

import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;

/** The properties of a rule in the rules table and their flags, [MS-OXORULE] 2.2.1.3.1 and 2.2.7. */
public final class RuleProperties {
    /** PidTagRuleId, [MS-OXORULE] 2.2.1.3.1.1: assigned by the server. */
    public static final PropertyTag RULE_ID = PropertyTag.of(0x6674, PropertyType.INTEGER64);
    /** PidTagRuleSequence, [MS-OXORULE] 2.2.1.3.1.2: the order of evaluation, lowest first. */
    public static final PropertyTag RULE_SEQUENCE = PropertyTag.of(0x6676, PropertyType.INTEGER32);
    /** PidTagRuleState, [MS-OXORULE] 2.2.1.3.1.3. */
    public static final PropertyTag RULE_STATE = PropertyTag.of(0x6677, PropertyType.INTEGER32);
    /** PidTagRuleUserFlags, [MS-OXORULE] 2.2.1.3.1.7: client-defined. */
    public static final PropertyTag RULE_USER_FLAGS = PropertyTag.of(0x6678, PropertyType.INTEGER32);
    /** PidTagRuleCondition, [MS-OXORULE] 2.2.1.3.1.9: the restriction a message must match. */
    public static final PropertyTag RULE_CONDITION = PropertyTag.of(0x6679, PropertyType.RESTRICTION);
    /** PidTagRuleActions, [MS-OXORULE] 2.2.1.3.1.10. */
    public static final PropertyTag RULE_ACTIONS = PropertyTag.of(0x6680, PropertyType.RULE_ACTION);
    /** PidTagRuleProvider, [MS-OXORULE] 2.2.1.3.1.5. */
    public static final PropertyTag RULE_PROVIDER = PropertyTag.of(0x6681, PropertyType.STRING);
    /** PidTagRuleName, [MS-OXORULE] 2.2.1.3.1.4. */
    public static final PropertyTag RULE_NAME = PropertyTag.of(0x6682, PropertyType.STRING);
    /** PidTagRuleLevel, [MS-OXORULE] 2.2.1.3.1.6: 0 for standard rules. */
    public static final PropertyTag RULE_LEVEL = PropertyTag.of(0x6683, PropertyType.INTEGER32);
    /** PidTagRuleProviderData, [MS-OXORULE] 2.2.1.3.1.8: opaque to the server. */
    public static final PropertyTag RULE_PROVIDER_DATA = PropertyTag.of(0x6684, PropertyType.BINARY);

    /** ST_ENABLED: the rule is evaluated, [MS-OXORULE] 2.2.1.3.1.3. */
    public static final int ST_ENABLED = 0x00000001;
    /** ST_ERROR: the server found an error in the rule. */
    public static final int ST_ERROR = 0x00000002;
    /** ST_ONLY_WHEN_OOF: evaluated only while the mailbox is Out of Office. */
    public static final int ST_ONLY_WHEN_OOF = 0x00000004;
    /** ST_EXIT_LEVEL: when the rule matched, no later rule is evaluated. */
    public static final int ST_EXIT_LEVEL = 0x00000010;
    /** ST_RULE_PARSE_ERROR: the server could not parse the rule's condition or actions. */
    public static final int ST_RULE_PARSE_ERROR = 0x00000040;

    /** RuleDataFlags ROW_ADD, ROW_MODIFY and ROW_REMOVE, [MS-OXCROPS] 2.2.11.1.1.1. */
    public static final int ROW_ADD = 0x01;
    public static final int ROW_MODIFY = 0x02;
    public static final int ROW_REMOVE = 0x04;
    /** ModifyRulesFlags MODIFY_RULES_FLAG_REPLACE: delete every rule before adding, [MS-OXORULE] 2.2.1.1. */
    public static final int MODIFY_RULES_FLAG_REPLACE = 0x01;

    private RuleProperties() {
    }
}
