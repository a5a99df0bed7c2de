package org.interchange.mapi.server.rop.oxomsg;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.rop.NotificationHub;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;

/**
 * What happens to the sender's message after it was sent, [MS-OXOMSG] 3.2.5.1: deleted when
 * PidTagDeleteAfterSubmit is true, otherwise moved to the folder PidTagSentMailSvrEID names (a
 * ServerId of this mailbox, [MS-OXCDATA] 2.11.1.4) or to Sent Items, with PidTagMessageFlags read and
 * neither unsent, submitted nor unmodified ([MS-OXCMSG] 2.2.1.6).
 */
final class SentItems {
    /** PidTagDeleteAfterSubmit, [MS-OXOMSG] 2.2.3.8. */
    private static final int DELETE_AFTER_SUBMIT = 0x0E01;
    /** PidTagSentMailSvrEID, [MS-OXOMSG] 2.2.3.5. */
    private static final int SENT_MAIL_SVR_EID = 0x6740;
    private static final int MSGFLAG_UNMODIFIED = 0x0002;
    private static final int MSGFLAG_SUBMITTED = 0x0004;
    private static final int SERVER_ID_SIZE = 21;

    private SentItems() {
    }

    /** Files the sent message; returns the copy in the sent mail folder, if one was kept. */
    static Optional<MessageRecord> file(MailboxStore store, NotificationHub notifications, Submission submission) {
        Mailbox sender = submission.sender();
        MessageRecord original = submission.original();
        Optional<MessageRecord> filed = Optional.empty();
        if (!deleteAfterSubmit(submission)) {
            int flags = (original.messageFlags() | PidTag.MSGFLAG_READ)
                    & ~(PidTag.MSGFLAG_UNSENT | MSGFLAG_SUBMITTED | MSGFLAG_UNMODIFIED);
            MessageRecord copy = store.saveMessage(sender, sentFolder(store, submission), 0,
                    new NewMessage(submission.withFlags(flags), submission.recipients(), submission.attachments()),
                    false, null);
            notifications.messageEvent(sender, NotificationData.OBJECT_CREATED, copy.fid(), copy.mid());
            filed = Optional.of(copy);
        }
        store.deleteMessages(sender, original.fid(), List.of(original.mid()));
        notifications.messageEvent(sender, NotificationData.OBJECT_DELETED, original.fid(), original.mid());
        return filed;
    }

    private static boolean deleteAfterSubmit(Submission submission) {
        return submission.properties().stream().anyMatch(v -> v.tag().id() == DELETE_AFTER_SUBMIT
                && v.value() instanceof Boolean b && b);
    }

    private static long sentFolder(MailboxStore store, Submission submission) {
        Mailbox sender = submission.sender();
        return submission.properties().stream()
                .filter(v -> v.tag().id() == SENT_MAIL_SVR_EID && v.value() instanceof byte[] b
                        && b.length == SERVER_ID_SIZE && b[0] == 0x01)
                .map(PropertyValue::asBytes).map(b -> new ByteReader(b, 1, 8).i64())
                .filter(fid -> store.folder(sender, fid).isPresent())
                .findFirst().orElse(sender.folderId(SpecialFolder.SENT_ITEMS));
    }
}
