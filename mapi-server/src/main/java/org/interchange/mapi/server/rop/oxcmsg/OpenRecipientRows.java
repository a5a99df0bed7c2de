package org.interchange.mapi.server.rop.oxcmsg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.property.TypedString;
import org.interchange.mapi.codec.rop.OpenRecipientRow;
import org.interchange.mapi.codec.rop.RopOpenMessageResponse;
import org.interchange.mapi.objects.PidTag;

/**
 * The message fields of RopOpenMessage and RopOpenEmbeddedMessage responses, [MS-OXCROPS]
 * 2.2.6.1.2 and 2.2.6.16.2: subject parts and as many recipient rows (SMTP, Unicode) as fit the
 * byte budget, each carrying the recipient column PidTagRecipientTrackStatus ([MS-OXOCAL] 2.2.4.10.1).
 */
final class OpenRecipientRows {
    /** The recipient columns sent with every row. */
    static final List<PropertyTag> COLUMNS = List.of(PidTag.RECIPIENT_TRACK_STATUS);
    /** Code page of the recipient rows: UTF-16LE. */
    private static final int CODE_PAGE_UNICODE = 1200;
    private static final int RECIPIENT_FLAGS = RecipientRow.TYPE_NONE | RecipientRow.FLAG_O | RecipientRow.FLAG_E
            | RecipientRow.FLAG_D | RecipientRow.FLAG_U;

    private OpenRecipientRows() {
    }

    /** The response fields for a message with these properties and recipients, rows within {@code budget} bytes. */
    static RopOpenMessageResponse response(int handleIndex, List<PropertyValue> properties,
            List<List<PropertyValue>> recipients, int budget) {
        List<OpenRecipientRow> rows = new ArrayList<>();
        int left = budget;
        for (List<PropertyValue> recipient : recipients) {
            OpenRecipientRow row = row(recipient);
            ByteWriter size = new ByteWriter();
            row.recipientRow().encode(size);
            left -= size.size() + 4;
            if (left < 0) {
                break;
            }
            rows.add(row);
        }
        String prefix = find(properties, PidTag.SUBJECT_PREFIX).map(PropertyValue::asString).orElse(null);
        String normalized = find(properties, PidTag.NORMALIZED_SUBJECT).or(() -> find(properties, PidTag.SUBJECT))
                .map(PropertyValue::asString).orElse(null);
        boolean named = properties.stream().anyMatch(v -> v.tag().isNamed());
        return new RopOpenMessageResponse(handleIndex, named, TypedString.of(prefix), TypedString.of(normalized),
                recipients.size(), COLUMNS, rows);
    }

    private static OpenRecipientRow row(List<PropertyValue> recipient) {
        int type = find(recipient, PidTag.RECIPIENT_TYPE).map(PropertyValue::asInt).orElse(1);
        String email = find(recipient, PidTag.EMAIL_ADDRESS).map(PropertyValue::asString).orElse("");
        String name = find(recipient, PidTag.DISPLAY_NAME).map(PropertyValue::asString).orElse(email);
        String addressType = find(recipient, PidTag.ADDRESS_TYPE).map(PropertyValue::asString).orElse("SMTP");
        int trackStatus = find(recipient, PidTag.RECIPIENT_TRACK_STATUS)
                .filter(v -> v.value() instanceof Integer).map(PropertyValue::asInt).orElse(0);
        RecipientRow row = new RecipientRow(RECIPIENT_FLAGS, 0, 0, null, null, null, addressType, email, name, null,
                null, new StandardPropertyRow(COLUMNS, List.of(PropertyValue.of(PidTag.RECIPIENT_TRACK_STATUS,
                        trackStatus))));
        return new OpenRecipientRow(type, CODE_PAGE_UNICODE, 0, row);
    }

    private static Optional<PropertyValue> find(List<PropertyValue> values, PropertyTag tag) {
        return values.stream().filter(v -> v.tag().id() == tag.id() && v.value() != null).findFirst();
    }
}
