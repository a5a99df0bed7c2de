package org.interchange.mapi.server.rop.oxorule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopModifyRulesRequest;
import org.interchange.mapi.codec.rop.RopModifyRulesResponse;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.codec.rop.RuleData;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopErrors;
import org.interchange.mapi.server.rop.RopFailure;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;
import org.interchange.mapi.server.store.NoSuchObjectException;
import org.interchange.mapi.server.store.RuleChange;

/**
 * RopModifyRules, [MS-OXORULE] 3.2.5.2 and [MS-OXCROPS] 2.2.11.1: adds (ROW_ADD, without
 * PidTagRuleId, with PidTagRuleProvider, PidTagRuleCondition and PidTagRuleActions), modifies
 * (ROW_MODIFY, with PidTagRuleId) and removes (ROW_REMOVE, PidTagRuleId only) rules of the folder,
 * all or none, for a user with folder-owner rights ([MS-OXCPERM] 2.2.7); MODIFY_RULES_FLAG_REPLACE
 * removes every rule first. Malformed rows answer ecInvalidParam, an unknown PidTagRuleId ecNotFound.
 */
public final class ModifyRulesHandler implements RopHandler<RopModifyRulesRequest> {

    @Override
    public RopId ropId() {
        return RopId.MODIFY_RULES;
    }

    @Override
    public Class<RopModifyRulesRequest> requestType() {
        return RopModifyRulesRequest.class;
    }

    @Override
    public RopResponse handle(RopModifyRulesRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, folder, MemberRights.FOLDER_OWNER);
        if ((request.modifyRulesFlags() & ~RuleProperties.MODIFY_RULES_FLAG_REPLACE) != 0) {
            throw invalid("unknown ModifyRulesFlags 0x" + Integer.toHexString(request.modifyRulesFlags()));
        }
        List<RuleChange> changes = new ArrayList<>();
        for (RuleData row : request.rulesData()) {
            changes.add(change(row));
        }
        try {
            context.store().modifyRules(folder.logon().mailbox(), folder.folder().fid(),
                    (request.modifyRulesFlags() & RuleProperties.MODIFY_RULES_FLAG_REPLACE) != 0, changes);
        } catch (NoSuchObjectException e) {
            throw new RopFailure(RopErrors.NOT_FOUND, e.getMessage());
        }
        return new RopModifyRulesResponse(request.inputHandleIndex());
    }

    private static RuleChange change(RuleData row) {
        List<PropertyValue> values = row.propertyValues();
        Optional<Long> ruleId = find(values, RuleProperties.RULE_ID).map(PropertyValue::asLong);
        return switch (row.ruleDataFlags()) {
            case RuleProperties.ROW_ADD -> {
                if (ruleId.isPresent()) {
                    throw invalid("ROW_ADD must not carry PidTagRuleId");
                }
                for (PropertyTag required : List.of(RuleProperties.RULE_PROVIDER, RuleProperties.RULE_CONDITION,
                        RuleProperties.RULE_ACTIONS)) {
                    if (find(values, required).isEmpty()) {
                        throw invalid("ROW_ADD lacks " + required);
                    }
                }
                yield new RuleChange.Add(checked(values));
            }
            case RuleProperties.ROW_MODIFY -> new RuleChange.Modify(ruleId.orElseThrow(
                    () -> invalid("ROW_MODIFY needs PidTagRuleId")), checked(values));
            case RuleProperties.ROW_REMOVE -> new RuleChange.Remove(ruleId.orElseThrow(
                    () -> invalid("ROW_REMOVE needs PidTagRuleId")));
            default -> throw invalid("RuleDataFlags 0x" + Integer.toHexString(row.ruleDataFlags()));
        };
    }

    /** The values, refusing rule properties of the wrong type and error values. */
    private static List<PropertyValue> checked(List<PropertyValue> values) {
        for (PropertyValue v : values) {
            if (v.isError()) {
                throw invalid("error value for " + v.tag());
            }
            for (PropertyTag known : List.of(RuleProperties.RULE_SEQUENCE, RuleProperties.RULE_STATE,
                    RuleProperties.RULE_USER_FLAGS, RuleProperties.RULE_CONDITION, RuleProperties.RULE_ACTIONS,
                    RuleProperties.RULE_PROVIDER, RuleProperties.RULE_NAME, RuleProperties.RULE_LEVEL,
                    RuleProperties.RULE_PROVIDER_DATA)) {
                if (v.tag().id() == known.id() && !sameType(v.tag(), known)) {
                    throw invalid(v.tag() + " is not of type " + known.type());
                }
            }
        }
        return values;
    }

    /** PtypString8 is accepted where PtypString is defined. */
    private static boolean sameType(PropertyTag given, PropertyTag defined) {
        return given.type() == defined.type() || defined.type() == PropertyType.STRING
                && given.type() == PropertyType.STRING8;
    }

    private static Optional<PropertyValue> find(List<PropertyValue> values, PropertyTag tag) {
        return values.stream().filter(v -> v.tag().id() == tag.id() && !v.isError()).findFirst();
    }

    private static RopFailure invalid(String why) {
        return new RopFailure(RopErrors.INVALID_PARAMETER, why);
    }
}
