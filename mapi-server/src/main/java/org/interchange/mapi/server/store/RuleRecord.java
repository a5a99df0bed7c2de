package org.interchange.mapi.server.store;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * A stored server-side rule, [MS-OXORULE] 2.2.1.3.1: the PidTagRuleId the server assigned, the
 * folder it belongs to, its PidTagRuleSequence and its other properties (without PidTagRuleId).
 */
public record RuleRecord(long ruleId, long fid, int sequence, List<PropertyValue> properties) {

    public RuleRecord {
        properties = List.copyOf(properties);
    }

    /** The value with this property id, whatever its type. */
    public Optional<PropertyValue> find(int propertyId) {
        return properties.stream().filter(v -> v.tag().id() == propertyId).findFirst();
    }
}
