package org.interchange.mapi.server.rop.oxomsg;

import java.util.List;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.mime.MimeMessageWriter;
import org.interchange.mapi.server.mail.OutboundMail;

/**
 * Hands a submitted message to the mail gateway, [MS-OXOMSG] 3.2.5.1 with [MS-OXCMAIL] 2.2: the
 * message as MIME, unread, from the sender's address to every recipient, those with a mailbox here
 * included (the MTA routes them back through LMTP).
 */
final class MailRelaying {
    private MailRelaying() {
    }

    static void relay(OutboundMail outbound, Submission submission) {
        MapiMessage message = new MapiMessage(PropertyBag.of(submission.withFlags(0)),
                submission.recipients().stream().map(PropertyBag::of).toList(),
                submission.attachments().stream().map(PropertyBag::of).toList());
        outbound.send(submission.sender().emailAddress(), submission.addresses(), MimeMessageWriter.toEml(message));
    }
}
