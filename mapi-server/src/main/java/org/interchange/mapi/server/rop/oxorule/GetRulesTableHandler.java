package org.interchange.mapi.server.rop.oxorule;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopGetRulesTableRequest;
import org.interchange.mapi.codec.rop.RopGetRulesTableResponse;
import org.interchange.mapi.codec.rop.RopId;
import org.interchange.mapi.codec.rop.RopResponse;
import org.interchange.mapi.server.rop.FolderObject;
import org.interchange.mapi.server.rop.PropertySource;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.rop.RopHandler;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;
import org.interchange.mapi.server.rop.oxcperm.MemberRights;
import org.interchange.mapi.server.rop.TableObject;
import org.interchange.mapi.server.store.RuleRecord;

/**
 * RopGetRulesTable, [MS-OXORULE] 3.2.5.3: a table of the folder's rules in PidTagRuleSequence
 * order, one row per rule with PidTagRuleId and the rule's stored properties
 * ([MS-OXORULE] 2.2.1.3.1), read with RopSetColumns and RopQueryRows; it needs folder-owner rights
 * ([MS-OXCPERM] 2.2.7).
 */
public final class GetRulesTableHandler implements RopHandler<RopGetRulesTableRequest> {

    @Override
    public RopId ropId() {
        return RopId.GET_RULES_TABLE;
    }

    @Override
    public Class<RopGetRulesTableRequest> requestType() {
        return RopGetRulesTableRequest.class;
    }

    @Override
    public RopResponse handle(RopGetRulesTableRequest request, RopContext context) {
        FolderObject folder = context.object(request.inputHandleIndex(), FolderObject.class);
        FolderAccess.require(context, folder, MemberRights.FOLDER_OWNER);
        List<PropertySource> rows = context.store().rules(folder.logon().mailbox(), folder.folder().fid()).stream()
                .map(GetRulesTableHandler::row).toList();
        context.put(request.outputHandleIndex(), new TableObject(folder.logon(), rows));
        return new RopGetRulesTableResponse(request.outputHandleIndex());
    }

    private static PropertySource row(RuleRecord rule) {
        List<PropertyValue> values = new ArrayList<>(rule.properties());
        values.add(PropertyValue.of(RuleProperties.RULE_ID, rule.ruleId()));
        return PropertySource.of(values);
    }
}
