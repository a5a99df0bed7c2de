package org.interchange.mapi.server.store;

import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * One row of a RopModifyRules request as the store applies it, [MS-OXORULE] 2.2.1.3.1 and 3.2.5.2:
 * add a rule (the store assigns its PidTagRuleId), change some properties of a rule, or remove it.
 */
public sealed interface RuleChange {

    /** ROW_ADD: a new rule with these properties (PidTagRuleId is not among them). */
    record Add(List<PropertyValue> properties) implements RuleChange {
        public Add {
            properties = List.copyOf(properties);
        }
    }

    /** ROW_MODIFY: these properties replace the rule's values with the same property ids. */
    record Modify(long ruleId, List<PropertyValue> properties) implements RuleChange {
        public Modify {
            properties = List.copyOf(properties);
        }
    }

    /** ROW_REMOVE: the rule is deleted. */
    record Remove(long ruleId) implements RuleChange {
    }
}
