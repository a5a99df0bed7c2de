package org.interchange.mapi.objects.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/** An e-mail message as a reader sees it, [MS-OXOMSG] 2.2 and [MS-OXCMSG] 2.2.1. */
public record MailMessage(String messageClass, String subject, String senderName, String senderEmail,
                          String displayTo, String displayCc, Instant received, long size, boolean read,
                          boolean flagged, boolean hasAttachments, Importance importance, String internetMessageId,
                          String bodyText, String bodyHtml) {

    /** PidTagImportance values, [MS-OXCMSG] 2.2.1.11. */
    public enum Importance { LOW, NORMAL, HIGH }

    private static final int FOLLOWUP_FLAGGED = 2;

    public static MailMessage from(PropertyBag p) {
        int flags = (int) p.number(PidTag.MESSAGE_FLAGS, 0);
        byte[] html = p.bytes(PidTag.HTML);
        Instant received = p.time(PidTag.MESSAGE_DELIVERY_TIME);
        if (received == null) {
            received = p.time(PidTag.CLIENT_SUBMIT_TIME);
        }
        if (received == null) {
            received = p.time(PidTag.LAST_MODIFICATION_TIME);
        }
        String senderName = firstNonNull(p.string(PidTag.SENT_REPRESENTING_NAME), p.string(PidTag.SENDER_NAME));
        String senderEmail = firstNonNull(p.string(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS),
                p.string(PidTag.SENDER_EMAIL_ADDRESS));
        int importance = (int) p.number(PidTag.IMPORTANCE, 1);
        return new MailMessage(p.string(PidTag.MESSAGE_CLASS), p.string(PidTag.SUBJECT), senderName, senderEmail,
                p.string(PidTag.DISPLAY_TO), p.string(PidTag.DISPLAY_CC), received,
                p.number(PidTag.MESSAGE_SIZE, 0), (flags & PidTag.MSGFLAG_READ) != 0,
                p.number(PidTag.FLAG_STATUS, 0) == FOLLOWUP_FLAGGED,
                p.flag(PidTag.HAS_ATTACHMENTS) || (flags & PidTag.MSGFLAG_HASATTACH) != 0,
                Importance.values()[Math.clamp(importance, 0, 2)], p.string(PidTag.INTERNET_MESSAGE_ID),
                p.string(PidTag.BODY), html == null ? null : new String(html, StandardCharsets.UTF_8));
    }

    /** "Name &lt;address&gt;", or whichever of the two is known. */
    public String sender() {
        if (senderName != null && senderEmail != null && !senderName.equals(senderEmail)) {
            return senderName + " <" + senderEmail + ">";
        }
        return firstNonNull(senderName, senderEmail);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
