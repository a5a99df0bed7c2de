package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopModifyRules request, [MS-OXCROPS] 2.2.11.1.1: ModifyRulesFlags and the RuleData rows to add, change or remove. */
public record RopModifyRulesRequest(int logonId, int inputHandleIndex, int modifyRulesFlags, List<RuleData> rulesData)
        implements RopRequest {

    public RopModifyRulesRequest {
        rulesData = FrozenList.copyOf(rulesData);
    }

    @Override
    public RopId ropId() {
        return RopId.MODIFY_RULES;
    }

    static RopModifyRulesRequest decode(ByteReader in) {
        int logonId = in.u8();
        int index = in.u8();
        int flags = in.u8();
        int count = in.u16();
        RopWire.requireItems(in, count, 3, "RopModifyRules RulesData");
        List<RuleData> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(RuleData.decode(in));
        }
        return new RopModifyRulesRequest(logonId, index, flags, rules);
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.requestHeader(out, ropId(), logonId, inputHandleIndex);
        out.u8(RopWire.u8(modifyRulesFlags, "ModifyRulesFlags")).u16(RopWire.u16(rulesData.size(), "RulesCount"));
        rulesData.forEach(rule -> rule.encode(out));
    }
}
