package org.interchange.mapi.server.rop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.codec.rop.RopNotifyResponse;
import org.interchange.mapi.server.store.Mailbox;

/**
 * The subscriptions of every session of a server and the events that reach them, [MS-OXCNOTIF]
 * 3.2.5: a change in a mailbox queues a RopNotify on each session subscribed to it (which wakes
 * its NotificationWait). A subscription ends when its handle is released.
 */
public final class NotificationHub {
    private record Registration(long mailboxId, HandleTable table, int handle, SubscriptionObject subscription) {
        boolean alive() {
            return table.get(handle).filter(o -> o == subscription).isPresent();
        }
    }

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    public void register(Mailbox mailbox, HandleTable table, int handle, SubscriptionObject subscription) {
        registrations.add(new Registration(mailbox.id(), table, handle, subscription));
    }

    /** ObjectCreated, ObjectModified or ObjectDeleted of message {@code mid} in folder {@code fid}. */
    public void messageEvent(Mailbox mailbox, int type, long fid, long mid) {
        publish(mailbox, type, fid, mid, new NotificationData(type | NotificationData.FLAG_MESSAGE, 0, 0, 0, 0, 0, 0,
                0, new byte[0], fid, mid, fid, 0, 0, 0, NotificationData.ALL_TAGS, List.of(), 0, 0, 0, false, ""));
    }

    /** NewMail for a message delivered to folder {@code fid}. */
    public void newMail(Mailbox mailbox, long fid, long mid, int messageFlags, String messageClass) {
        publish(mailbox, NotificationData.NEW_MAIL, fid, mid,
                NotificationData.newMail(fid, mid, messageFlags, messageClass));
    }

    /** ObjectCreated, ObjectModified or ObjectDeleted of folder {@code fid} below {@code parentFid}. */
    public void folderEvent(Mailbox mailbox, int type, long fid, long parentFid) {
        publish(mailbox, type, parentFid, 0, new NotificationData(type, 0, 0, 0, 0, 0, 0, 0, new byte[0], fid, 0,
                parentFid, 0, 0, 0, NotificationData.ALL_TAGS, List.of(), 0, 0, 0, false, ""));
    }

    private void publish(Mailbox mailbox, int type, long fid, long mid, NotificationData data) {
        for (Registration r : registrations) {
            if (r.mailboxId() != mailbox.id()) {
                continue;
            }
            if (!r.alive()) {
                registrations.remove(r);
                continue;
            }
            if (r.subscription().matches(type, fid, mid)) {
                r.table().queue(new RopNotifyResponse(r.handle(), r.subscription().logon().logonId(), data));
            }
        }
    }
}
