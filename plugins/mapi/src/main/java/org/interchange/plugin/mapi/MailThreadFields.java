package org.interchange.plugin.mapi;

import java.util.Map;
import org.interchange.cache.api.ItemFields;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The thread headers of mail ([MS-OXOMSG] 2.2.1.12 PidTagInternetMessageId, 2.2.1.13 PidTagInReplyToId,
 * 2.2.1.5 PidTagConversationTopic; [MS-OXCMSG] 2.2.1.26 PidTagInternetReferences) as the cache's
 * {@link ItemFields#MESSAGE_ID}, {@link ItemFields#IN_REPLY_TO}, {@link ItemFields#REFERENCES} and
 * {@link ItemFields#CONVERSATION_TOPIC}, both ways; an empty field is not written.
 */
final class MailThreadFields {
    private MailThreadFields() {
    }

    static void read(PropertyBag p, Map<String, String> f) {
        put(f, ItemFields.MESSAGE_ID, p.string(PidTag.INTERNET_MESSAGE_ID));
        put(f, ItemFields.IN_REPLY_TO, p.string(PidTag.IN_REPLY_TO_ID));
        put(f, ItemFields.REFERENCES, p.string(PidTag.INTERNET_REFERENCES));
        put(f, ItemFields.CONVERSATION_TOPIC, p.string(PidTag.CONVERSATION_TOPIC));
    }

    static void write(Map<String, String> f, PropertyBag.Builder b) {
        b.set(PidTag.INTERNET_MESSAGE_ID, text(f, ItemFields.MESSAGE_ID))
                .set(PidTag.IN_REPLY_TO_ID, text(f, ItemFields.IN_REPLY_TO))
                .set(PidTag.INTERNET_REFERENCES, text(f, ItemFields.REFERENCES))
                .set(PidTag.CONVERSATION_TOPIC, text(f, ItemFields.CONVERSATION_TOPIC));
    }

    private static String text(Map<String, String> f, String name) {
        String v = f.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static void put(Map<String, String> f, String name, String value) {
        if (value != null && !value.isBlank()) {
            f.put(name, value.strip());
        }
    }
}
