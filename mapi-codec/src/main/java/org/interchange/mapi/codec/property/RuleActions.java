package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.Arrays;
import java.util.List;
import org.interchange.mapi.codec.io.MapiCodecException;

/** A RuleAction structure, [MS-OXORULE] 2.2.5: the value of a PtypRuleAction property, one or more ActionBlocks. */
public record RuleActions(List<ActionBlock> actionBlocks) {
    public RuleActions {
        actionBlocks = FrozenList.copyOf(actionBlocks);
        if (actionBlocks.isEmpty()) {
            throw new MapiCodecException("a RuleAction holds at least one ActionBlock");
        }
    }

    public static RuleActions of(RuleAction... actions) {
        return new RuleActions(Arrays.stream(actions).map(ActionBlock::of).toList());
    }
}
