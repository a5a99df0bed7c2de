package org.interchange.mapi.client.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.testing.EmbeddedServerFixture;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.DisplayBody;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.rtf.CompressedRtf;
import org.interchange.mapi.objects.rtf.RtfHtmlEncapsulator;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.Test;

/**
 * Against the real server: PidTagRecipientTrackStatus written with the recipients ([MS-OXOCAL]
 * 2.2.4.10.1), and messages whose only body is PidTagRtfCompressed shown as their encapsulated
 * HTML or their text ([MS-OXRTFCP], [MS-OXRTFEX]).
 */
class BodiesAndRecipientsIntegrationTest extends EmbeddedServerFixture {
    Mailbox alice;

    @Override
    protected void populate() {
        alice = store.createMailbox("alice", "Alice", "alice@example.org");
    }

    @Test
    void recipientTrackStatusIsWrittenWithTheRecipients() {
        long calendar = alice.folderId(SpecialFolder.CALENDAR);
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "alice", "secret".toCharArray())) {
            long mid = session.writer().createMessage(calendar, MessageSpec.of(List.of(
                            PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Appointment"), PropertyValue.of(PidTag.SUBJECT, "Plan")))
                    .withRecipients(List.of(RecipientSpec.to("Bob", "bob@example.org").withTrackStatus(3),
                            RecipientSpec.to("Carol", "carol@example.org"))));

            List<List<PropertyValue>> stored = store.recipients(alice, mid);
            assertThat(stored).hasSize(2);
            assertThat(stored).anySatisfy(r -> assertThat(r)
                    .contains(PropertyValue.of(PidTag.SMTP_ADDRESS, "bob@example.org"))
                    .contains(PropertyValue.of(PidTag.RECIPIENT_TRACK_STATUS, 3)));
            assertThat(stored).anySatisfy(r -> assertThat(r)
                    .contains(PropertyValue.of(PidTag.SMTP_ADDRESS, "carol@example.org"))
                    .contains(PropertyValue.of(PidTag.RECIPIENT_TRACK_STATUS, 0)));
        }
    }

    @Test
    void aMessageWithOnlyCompressedRtfShowsItsHtmlOrItsText() {
        long inbox = alice.folderId(SpecialFolder.INBOX);
        byte[] fromHtml = CompressedRtf.compress(RtfHtmlEncapsulator.encapsulate("<p>Hello <b>HTML</b></p>"));
        byte[] plainRtf = CompressedRtf.compress("{\\rtf1\\ansi\\ansicpg1252 Hallo \\'fc\\par Welt}"
                .getBytes(StandardCharsets.US_ASCII));
        try (MapiSession session = MapiSession.connect(server.emsmdbUri(), "alice", "secret".toCharArray())) {
            long a = session.writer().createMessage(inbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "a"),
                    PropertyValue.of(PidTag.RTF_COMPRESSED, fromHtml))));
            long b = session.writer().createMessage(inbox, MessageSpec.of(List.of(PropertyValue.of(PidTag.SUBJECT, "b"),
                    PropertyValue.of(PidTag.RTF_COMPRESSED, plainRtf))));

            try (MapiMessage m = session.openMessage(inbox, a)) {
                assertThat(m.body()).isEmpty();
                DisplayBody body = m.displayBody().orElseThrow();
                assertThat(body.html()).isTrue();
                assertThat(body.content()).contains("<b>HTML</b>");
            }
            try (MapiMessage m = session.openMessage(inbox, b)) {
                assertThat(m.displayBody()).contains(new DisplayBody(false, "Hallo ü\nWelt"));
            }
        }
    }
}
