package org.interchange.mapi.client.internal.session;

import java.util.List;
import org.interchange.mapi.client.MapiRecipient;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.rop.OpenRecipientRow;
import org.interchange.mapi.codec.rop.RopOpenMessageResponse;
import org.interchange.mapi.objects.PidTag;

/**
 * The recipients of a RopOpenMessage response, [MS-OXCROPS] 2.2.6.1.2 and [MS-OXCDATA] 2.8.3.2:
 * display name and address from the RecipientRow's fixed fields, the SMTP address from its
 * properties when present, PidTagRecipientTrackStatus from them when present, and whether the
 * rows cover RecipientCount.
 */
record Recipients(List<MapiRecipient> list, boolean complete) {
    /** The RecipientType bits that name To, Cc or Bcc, [MS-OXCMSG] 2.2.3.1.2. */
    static final int TYPE_MASK = 0x0F;
    static final String EX = "EX";

    Recipients {
        list = List.copyOf(list);
    }

    static Recipients of(RopOpenMessageResponse response) {
        List<MapiRecipient> recipients = response.recipientRows().stream().map(Recipients::toRecipient).toList();
        return new Recipients(recipients, recipients.size() >= response.recipientCount());
    }

    private static MapiRecipient toRecipient(OpenRecipientRow open) {
        RecipientRow row = open.recipientRow();
        String smtp = row.recipientProperties().find(PidTag.SMTP_ADDRESS.id())
                .map(PropertyValue::value).filter(String.class::isInstance).map(String.class::cast).orElse(null);
        String addressType = row.type() == RecipientRow.TYPE_X500DN ? EX : orEmpty(row.addressType());
        String address = smtp != null ? smtp
                : row.emailAddress() != null ? row.emailAddress()
                : row.x500Dn() != null ? row.x500Dn() : "";
        String name = row.displayName() != null ? row.displayName()
                : row.transmittableDisplayName() != null ? row.transmittableDisplayName() : orEmpty(row.simpleDisplayName());
        int trackStatus = row.recipientProperties().find(PidTag.RECIPIENT_TRACK_STATUS.id())
                .map(PropertyValue::value).filter(Integer.class::isInstance).map(Integer.class::cast).orElse(0);
        return new MapiRecipient(open.recipientType() & TYPE_MASK, name, address,
                smtp != null ? "SMTP" : addressType, trackStatus);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
