package org.interchange.mapi.codec.property;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A RecipientBlockData, [MS-OXORULE] 2.2.5.1.2.4.1: an implementation-specific Reserved byte and
 * the recipient's properties (at least PidTagDisplayName, PidTagEmailAddress, PidTagRecipientType).
 */
public record RecipientBlock(int reserved, List<PropertyValue> properties) {
    public RecipientBlock {
        if (reserved < 0 || reserved > 0xFF) {
            throw new MapiCodecException("RecipientBlockData Reserved " + reserved + " does not fit a byte");
        }
        properties = FrozenList.copyOf(properties);
    }

    /** A recipient block with Reserved 0x01, as Outlook writes it. */
    public static RecipientBlock of(List<PropertyValue> properties) {
        return new RecipientBlock(0x01, properties);
    }
}
