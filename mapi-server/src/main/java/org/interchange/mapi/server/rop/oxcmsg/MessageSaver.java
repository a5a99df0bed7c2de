package org.interchange.mapi.server.rop.oxcmsg;

import org.interchange.mapi.codec.rop.NotificationData;
import org.interchange.mapi.server.rop.MessageObject;
import org.interchange.mapi.server.rop.RopContext;
import org.interchange.mapi.server.store.EmbeddedMessageCodec;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.rop.oxcperm.FolderAccess;

/**
 * Stores an open message's pending changes, [MS-OXCMSG] 3.2.5.3; an unchanged saved message is left
 * alone. A message of an ICS upload keeps the client's change key and PCL, and its collector's state
 * records the new version ([MS-OXCFXICS] 3.2.5.9.4.2). An embedded message is stored in its
 * attachment ([MS-OXCMSG] 3.2.5.15).
 */
public final class MessageSaver {
    private MessageSaver() {
    }

    /**
     * Saves {@code message} if it has changes and returns its MID; an embedded message goes into its
     * attachment instead (stored with the attachment's RopSaveChangesAttachment) and returns 0.
     */
    public static long save(RopContext context, MessageObject message) {
        if (message.parent() != null) {
            message.parent().embed(EmbeddedMessageCodec.serialize(message.draft(context.store()).toNewMessage()));
            return 0;
        }
        if (message.hasChanges()) {
            MessageObject.ImportStamp stamp = message.importStamp();
            MessageRecord saved = stamp != null && stamp.clientSourceKey() != null && message.messageId() == 0
                    ? context.store().createMessageWithSourceKey(message.logon().mailbox(), message.folderId(),
                            stamp.clientSourceKey(), message.draft(context.store()).toNewMessage(),
                            message.associated(), stamp.version())
                    : context.store().saveMessage(message.logon().mailbox(), message.folderId(),
                            message.messageId(), message.draft(context.store()).toNewMessage(), message.associated(),
                            stamp == null ? null : stamp.version());
            boolean created = message.messageId() == 0;
            message.saved(saved);
            if (created) {
                FolderAccess.recordCreator(context, message.logon(), saved.mid());
            }
            context.notifications().messageEvent(message.logon().mailbox(),
                    created ? NotificationData.OBJECT_CREATED : NotificationData.OBJECT_MODIFIED, saved.fid(), saved.mid());
            if (stamp != null) {
                stamp.collector().state().recordChange(message.logon().mailbox().replicaGuid(), saved.mid(),
                        saved.changeNumber(), saved.state().associated());
            }
        }
        return message.messageId();
    }
}
