package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * One RuleData of RopModifyRules, [MS-OXCROPS] 2.2.11.1.1.1: RuleDataFlags (0x01 ROW_ADD,
 * 0x02 ROW_MODIFY, 0x04 ROW_REMOVE) and the TaggedPropertyValues of the rule.
 */
public record RuleData(int ruleDataFlags, List<PropertyValue> propertyValues) {

    public RuleData {
        RopWire.u8(ruleDataFlags, "RuleDataFlags");
        propertyValues = FrozenList.copyOf(propertyValues);
    }

    static RuleData decode(ByteReader in) {
        int flags = in.u8();
        return new RuleData(flags, RopWire.readTaggedValues(in, in.u16()));
    }

    void encode(ByteWriter out) {
        out.u8(ruleDataFlags);
        RopWire.writeTaggedValues(out, propertyValues, "PropertyValueCount");
    }
}
