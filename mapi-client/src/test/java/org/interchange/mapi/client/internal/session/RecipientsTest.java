package org.interchange.mapi.client.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interchange.mapi.client.MapiRecipient;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.property.RecipientRow;
import org.interchange.mapi.codec.property.StandardPropertyRow;
import org.interchange.mapi.codec.property.TypedString;
import org.interchange.mapi.codec.rop.OpenRecipientRow;
import org.interchange.mapi.codec.rop.RopOpenMessageResponse;
import org.interchange.mapi.objects.PidTag;
import org.junit.jupiter.api.Test;

/** Recipients of a RopOpenMessage response ([MS-OXCROPS] 2.2.6.1.2), with PidTagRecipientTrackStatus among the columns. */
class RecipientsTest {

    @Test
    void readsTheTrackStatusColumnWhenTheServerSendsIt() {
        List<PropertyTag> columns = List.of(PidTag.SMTP_ADDRESS, PidTag.RECIPIENT_TRACK_STATUS);
        int flags = RecipientRow.TYPE_NONE | RecipientRow.FLAG_O | RecipientRow.FLAG_E | RecipientRow.FLAG_D
                | RecipientRow.FLAG_U;
        RecipientRow accepted = new RecipientRow(flags, 0, 0, null, null, null, "SMTP", "bob@example.org", "Bob", null,
                null, new StandardPropertyRow(columns, List.of(PropertyValue.of(PidTag.SMTP_ADDRESS, "bob@example.org"),
                PropertyValue.of(PidTag.RECIPIENT_TRACK_STATUS, 3))));
        RecipientRow plain = new RecipientRow(flags, 0, 0, null, null, null, "SMTP", "carol@example.org", "Carol", null,
                null, new StandardPropertyRow(columns.subList(0, 1),
                List.of(PropertyValue.of(PidTag.SMTP_ADDRESS, "carol@example.org"))));
        RopOpenMessageResponse response = new RopOpenMessageResponse(0, false, TypedString.absent(),
                TypedString.absent(), 2, columns, List.of(new OpenRecipientRow(1, 1200, 0, accepted),
                new OpenRecipientRow(2, 1200, 0, plain)));

        Recipients recipients = Recipients.of(response);

        assertThat(recipients.list()).containsExactly(
                new MapiRecipient(MapiRecipient.TO, "Bob", "bob@example.org", "SMTP", 3),
                new MapiRecipient(MapiRecipient.CC, "Carol", "carol@example.org", "SMTP", 0));
        assertThat(recipients.complete()).isTrue();
    }
}
