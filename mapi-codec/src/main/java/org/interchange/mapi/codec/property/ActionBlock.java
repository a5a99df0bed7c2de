package org.interchange.mapi.codec.property;

import java.util.Objects;

/**
 * An ActionBlock, [MS-OXORULE] 2.2.5.1: ActionFlavor (e.g. FWD_AS_ATTACHMENT 0x4, ST_STOCK_REPLY_TEMPLATE 0x2),
 * ActionFlags (client-defined) and the action; the ActionLength and ActionType come from the action.
 */
public record ActionBlock(int actionFlavor, int actionFlags, RuleAction action) {
    public ActionBlock {
        Objects.requireNonNull(action, "action");
    }

    /** A block with no flavor and no flags. */
    public static ActionBlock of(RuleAction action) {
        return new ActionBlock(0, 0, action);
    }
}
