package org.interchange.mapi.server.http;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.server.store.AttachmentRecord;
import org.interchange.mapi.server.store.ChangeVersion;
import org.interchange.mapi.server.store.FolderCounts;
import org.interchange.mapi.server.store.FolderRecord;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.MessageRecord;
import org.interchange.mapi.server.store.MessageSummary;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.PropertyName;
import org.interchange.mapi.server.store.SyncSnapshot;
import org.interchange.mapi.server.store.Tombstone;

/** A store that takes {@code delayMillis} to list a folder's messages, so responses need PENDING keep-alives. */
final class FakeSlowMailboxStore implements MailboxStore {
    private final MailboxStore delegate;
    private final long delayMillis;

    FakeSlowMailboxStore(MailboxStore delegate, long delayMillis) {
        this.delegate = delegate;
        this.delayMillis = delayMillis;
    }

    @Override
    public List<MessageRecord> messages(Mailbox mailbox, long fid) {
        return delegate.messages(mailbox, fid);
    }

    @Override
    public java.util.Map<Long, MessageRecord> messagesByMid(Mailbox mailbox, java.util.Collection<Long> mids) {
        return delegate.messagesByMid(mailbox, mids);
    }

    @Override
    public java.util.Map<Long, MessageRecord> tableRowsByMid(Mailbox mailbox, java.util.Collection<Long> mids) {
        return delegate.tableRowsByMid(mailbox, mids);
    }

    @Override
    public java.util.Map<Long, List<List<PropertyValue>>> recipientsByMid(Mailbox mailbox,
            java.util.Collection<Long> mids) {
        return delegate.recipientsByMid(mailbox, mids);
    }

    @Override
    public java.util.Map<Long, List<AttachmentRecord>> attachmentsByMid(Mailbox mailbox,
            java.util.Collection<Long> mids) {
        return delegate.attachmentsByMid(mailbox, mids);
    }

    @Override
    public Mailbox createMailbox(String owner, String displayName, String emailAddress) {
        return delegate.createMailbox(owner, displayName, emailAddress);
    }

    @Override
    public Optional<Mailbox> findMailbox(String owner) {
        return delegate.findMailbox(owner);
    }

    @Override
    public Optional<FolderRecord> folder(Mailbox mailbox, long fid) {
        return delegate.folder(mailbox, fid);
    }

    @Override
    public List<FolderRecord> childFolders(Mailbox mailbox, long parentFid) {
        return delegate.childFolders(mailbox, parentFid);
    }

    @Override
    public FolderRecord createFolder(Mailbox mailbox, long parentFid, String displayName, String containerClass) {
        return delegate.createFolder(mailbox, parentFid, displayName, containerClass);
    }

    @Override
    public FolderCounts counts(Mailbox mailbox, long fid) {
        return delegate.counts(mailbox, fid);
    }

    @Override
    public MessageRecord createMessage(Mailbox mailbox, long fid, NewMessage message) {
        return delegate.createMessage(mailbox, fid, message);
    }

    @Override
    public Optional<MessageRecord> message(Mailbox mailbox, long mid) {
        return delegate.message(mailbox, mid);
    }

    @Override
    public List<List<PropertyValue>> recipients(Mailbox mailbox, long mid) {
        return delegate.recipients(mailbox, mid);
    }

    @Override
    public List<AttachmentRecord> attachments(Mailbox mailbox, long mid) {
        return delegate.attachments(mailbox, mid);
    }

    @Override
    public void setRead(Mailbox mailbox, long mid, boolean read) {
        delegate.setRead(mailbox, mid, read);
    }

    @Override
    public OptionalInt namedPropertyId(Mailbox mailbox, PropertyName name, boolean create) {
        return delegate.namedPropertyId(mailbox, name, create);
    }

    @Override
    public Optional<PropertyName> propertyName(Mailbox mailbox, int propertyId) {
        return delegate.propertyName(mailbox, propertyId);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public org.interchange.mapi.server.store.PermissionStore permissions() {
        return delegate.permissions();
    }

    @Override
    public MessageRecord createMessageWithSourceKey(Mailbox mailbox, long fid, byte[] sourceKey, NewMessage content,
            boolean associated, ChangeVersion client) {
        return delegate.createMessageWithSourceKey(mailbox, fid, sourceKey, content, associated, client);
    }

    @Override
    public long moveMessageWithSourceKey(Mailbox mailbox, long fromFid, long mid, long toFid, byte[] sourceKey,
            byte[] changeKey) {
        return delegate.moveMessageWithSourceKey(mailbox, fromFid, mid, toFid, sourceKey, changeKey);
    }

    @Override
    public FolderRecord createFolderWithSourceKey(Mailbox mailbox, long parentFid, String displayName,
            String containerClass, byte[] sourceKey, ChangeVersion client) {
        return delegate.createFolderWithSourceKey(mailbox, parentFid, displayName, containerClass, sourceKey, client);
    }

    @Override
    public Optional<Long> messageIdForSourceKey(Mailbox mailbox, byte[] sourceKey) {
        return delegate.messageIdForSourceKey(mailbox, sourceKey);
    }

    @Override
    public MessageRecord saveMessage(Mailbox mailbox, long fid, long mid, NewMessage content, boolean associated,
            ChangeVersion client) {
        return delegate.saveMessage(mailbox, fid, mid, content, associated, client);
    }

    @Override
    public List<Long> deleteMessages(Mailbox mailbox, long fid, List<Long> mids) {
        return delegate.deleteMessages(mailbox, fid, mids);
    }

    @Override
    public List<Long> moveMessages(Mailbox mailbox, long fromFid, List<Long> mids, long toFid, boolean copy) {
        return delegate.moveMessages(mailbox, fromFid, mids, toFid, copy);
    }

    @Override
    public int setMessageStatus(Mailbox mailbox, long mid, int status, int mask) {
        return delegate.setMessageStatus(mailbox, mid, status, mask);
    }

    @Override
    public FolderRecord updateFolder(Mailbox mailbox, long fid, String displayName, String containerClass,
            ChangeVersion client) {
        return delegate.updateFolder(mailbox, fid, displayName, containerClass, client);
    }

    @Override
    public FolderRecord createFolder(Mailbox mailbox, long parentFid, String displayName, String containerClass,
            ChangeVersion client) {
        return delegate.createFolder(mailbox, parentFid, displayName, containerClass, client);
    }

    @Override
    public void deleteFolder(Mailbox mailbox, long fid) {
        delegate.deleteFolder(mailbox, fid);
    }

    @Override
    public List<MessageSummary> messageSummaries(Mailbox mailbox, long fid) {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return delegate.messageSummaries(mailbox, fid);
    }

    @Override
    public List<Tombstone> tombstones(Mailbox mailbox, long fid) {
        return delegate.tombstones(mailbox, fid);
    }

    @Override
    public List<Tombstone> folderTombstones(Mailbox mailbox) {
        return delegate.folderTombstones(mailbox);
    }

    @Override
    public SyncSnapshot<MessageSummary> contentsSnapshot(Mailbox mailbox, long fid) {
        return delegate.contentsSnapshot(mailbox, fid);
    }

    @Override
    public SyncSnapshot<FolderRecord> hierarchySnapshot(Mailbox mailbox, long fid) {
        return delegate.hierarchySnapshot(mailbox, fid);
    }

    @Override
    public Optional<Mailbox> findMailboxByAddress(String emailAddress) {
        return delegate.findMailboxByAddress(emailAddress);
    }

    @Override
    public List<org.interchange.mapi.server.store.RuleRecord> rules(Mailbox mailbox, long fid) {
        return delegate.rules(mailbox, fid);
    }

    @Override
    public void modifyRules(Mailbox mailbox, long fid, boolean replace,
            List<org.interchange.mapi.server.store.RuleChange> changes) {
        delegate.modifyRules(mailbox, fid, replace, changes);
    }
}
