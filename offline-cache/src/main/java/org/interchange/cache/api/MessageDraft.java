package org.interchange.cache.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message being composed ([MS-OXOMSG] 2.2.1): recipients as "Name &lt;address&gt;" or bare
 * addresses, the subject, a plain body and optionally an HTML one, attachments, and the threading
 * fields of a reply or forward ({@link ItemFields#IN_REPLY_TO}, {@link ItemFields#REFERENCES},
 * {@link ItemFields#CONVERSATION_TOPIC}; [MS-OXOMSG] 2.2.1.5, 2.2.1.13; [MS-OXCMSG] 2.2.1.26), stored with the message.
 */
public record MessageDraft(List<String> to, List<String> cc, List<String> bcc, String subject, String bodyText,
                           String bodyHtml, List<DraftAttachment> attachments, Map<String, String> threading) {

    /** The fields a draft may carry in {@link #threading()}. */
    public static final Set<String> THREADING_FIELDS = Set.of(ItemFields.IN_REPLY_TO, ItemFields.REFERENCES,
            ItemFields.CONVERSATION_TOPIC);

    public MessageDraft {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        attachments = List.copyOf(attachments);
        threading = Map.copyOf(threading);
        for (String name : threading.keySet()) {
            if (!THREADING_FIELDS.contains(name)) {
                throw new IllegalArgumentException("not a threading field of a draft: " + name);
            }
        }
    }

    /** A new message that replies to and forwards nothing. */
    public MessageDraft(List<String> to, List<String> cc, List<String> bcc, String subject, String bodyText,
                        String bodyHtml, List<DraftAttachment> attachments) {
        this(to, cc, bcc, subject, bodyText, bodyHtml, attachments, Map.of());
    }

    /** Whether there is anyone to send it to. */
    public boolean hasRecipients() {
        return !(to.isEmpty() && cc.isEmpty() && bcc.isEmpty());
    }
}
