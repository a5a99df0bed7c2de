package org.interchange.mapi.server.rop.oxcmsg;

import java.util.ArrayList;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.rop.ModifyRecipientRow;
import org.interchange.mapi.objects.PidTag;

/**
 * The recipient properties a ModifyRecipientRow stands for, [MS-OXCROPS] 2.2.6.5.1.1 and
 * [MS-OXCDATA] 2.8.3.2: RowId and RecipientType, the address fields of the RecipientRow and its
 * recipient columns.
 */
final class RecipientRows {
    /** PidTagRowid, the recipient row id, [MS-OXCMSG] 2.2.1.38. */
    static final PropertyTag ROW_ID = new PropertyTag(0x30000003);

    private RecipientRows() {
    }

    static List<PropertyValue> properties(ModifyRecipientRow row) {
        RecipientRow r = row.recipientRow();
        List<PropertyValue> out = new ArrayList<>();
        out.add(PropertyValue.of(ROW_ID, (int) row.rowId()));
        out.add(PropertyValue.of(PidTag.RECIPIENT_TYPE, row.recipientType()));
        if (r.type() == RecipientRow.TYPE_X500DN && r.x500Dn() != null) {
            out.add(PropertyValue.of(PidTag.ADDRESS_TYPE, "EX"));
            out.add(PropertyValue.of(PidTag.EMAIL_ADDRESS, r.x500Dn()));
        }
        if (r.addressType() != null) {
            out.add(PropertyValue.of(PidTag.ADDRESS_TYPE, r.addressType()));
        }
        if (r.emailAddress() != null) {
            out.add(PropertyValue.of(PidTag.EMAIL_ADDRESS, r.emailAddress()));
        }
        if (r.displayName() != null) {
            out.add(PropertyValue.of(PidTag.DISPLAY_NAME, r.displayName()));
        }
        for (PropertyValue v : r.recipientProperties().values()) {
            if (v.value() != null) {
                out.add(v);
            }
        }
        return out;
    }
}
