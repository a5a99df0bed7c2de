package org.interchange.cache.api;

import java.util.List;

/**
 * A message being composed ([MS-OXOMSG] 2.2.1): recipients as "Name &lt;address&gt;" or bare
 * addresses, the subject, a plain body and optionally an HTML one, and attachments.
 */
public record MessageDraft(List<String> to, List<String> cc, List<String> bcc, String subject, String bodyText,
                           String bodyHtml, List<DraftAttachment> attachments) {

    public MessageDraft {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        attachments = List.copyOf(attachments);
    }

    /** Whether there is anyone to send it to. */
    public boolean hasRecipients() {
        return !(to.isEmpty() && cc.isEmpty() && bcc.isEmpty());
    }
}
