package org.interchange.mapi.server.rop.oxomsg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.server.rop.NotificationHub;
import org.interchange.mapi.server.rop.oxorule.InboxRules;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.NewMessage;

/**
 * Delivers a submitted message without a mail gateway, [MS-OXOMSG] 3.2.5.1: a copy, unread, to every
 * recipient who has a mailbox on this server (by address), filed through the rules of that
 * mailbox's Inbox ({@link InboxRules}). Recipients elsewhere are returned.
 */
final class LocalDelivery {
    private LocalDelivery() {
    }

    /** Delivers and returns the addresses of the recipients that are not users of this server. */
    static List<String> deliver(MailboxStore store, NotificationHub notifications, Submission submission) {
        Map<Long, Mailbox> local = new LinkedHashMap<>();
        List<String> remote = new ArrayList<>();
        for (String address : submission.addresses()) {
            Optional<Mailbox> target = store.findMailboxByAddress(address);
            if (target.isPresent()) {
                local.putIfAbsent(target.get().id(), target.get());
            } else {
                remote.add(address);
            }
        }
        NewMessage delivered = new NewMessage(submission.withFlags(0), submission.recipients(),
                submission.attachments());
        for (Mailbox target : local.values()) {
            for (MessageRecord arrived : InboxRules.deliver(store, target, delivered)) {
                notifications.messageEvent(target, NotificationData.OBJECT_CREATED, arrived.fid(), arrived.mid());
                notifications.newMail(target, arrived.fid(), arrived.mid(), arrived.messageFlags(),
                        submission.messageClass());
            }
        }
        return remote;
    }
}
