package org.interchange.mapi.server.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.interchange.mapi.codec.property.PropertyValue;

/**
 * The server's mailbox store SPI: private mailboxes with folders, messages, recipients,
 * attachments and per-mailbox named-property mappings ([MS-OXCSTOR], [MS-OXCFOLD], [MS-OXCMSG],
 * [MS-OXCPRPT] 3.2.5.8). Implementations are thread-safe.
 */
public interface MailboxStore extends AutoCloseable {

    /** Creates a mailbox with all {@link SpecialFolder}s; fails if {@code owner} already has one. */
    Mailbox createMailbox(String owner, String displayName, String emailAddress);

    /** The mailbox owned by {@code owner} (user names compare case-insensitively). */
    Optional<Mailbox> findMailbox(String owner);

    /** The mailbox whose e-mail address is {@code emailAddress} (compared case-insensitively). */
    Optional<Mailbox> findMailboxByAddress(String emailAddress);

    Optional<FolderRecord> folder(Mailbox mailbox, long fid);

    /** The direct subfolders of {@code parentFid}, ordered by display name. */
    List<FolderRecord> childFolders(Mailbox mailbox, long parentFid);

    FolderRecord createFolder(Mailbox mailbox, long parentFid, String displayName, String containerClass);

    FolderCounts counts(Mailbox mailbox, long fid);

    /** Saves a new message in folder {@code fid}, allocating its MID and change number. */
    MessageRecord createMessage(Mailbox mailbox, long fid, NewMessage message);

    Optional<MessageRecord> message(Mailbox mailbox, long mid);

    /** The messages among {@code mids} that exist, keyed by MID, read in one go (a table page, an ICS batch). */
    Map<Long, MessageRecord> messagesByMid(Mailbox mailbox, Collection<Long> mids);

    /**
     * The messages among {@code mids} that exist, keyed by MID, read in one go for the rows of a contents table:
     * their bags are the {@link RowProperties} (long strings and binary values cut), not the whole bags.
     */
    Map<Long, MessageRecord> tableRowsByMid(Mailbox mailbox, Collection<Long> mids);

    /** The recipient rows, in RowId order, of each message among {@code mids} that has any, read in one go. */
    Map<Long, List<List<PropertyValue>>> recipientsByMid(Mailbox mailbox, Collection<Long> mids);

    /** The attachments, in PidTagAttachNumber order, of each message among {@code mids} that has any, read in one go. */
    Map<Long, List<AttachmentRecord>> attachmentsByMid(Mailbox mailbox, Collection<Long> mids);

    /** The messages of a folder, newest first. */
    List<MessageRecord> messages(Mailbox mailbox, long fid);

    /** The recipient rows of a message, in RowId order. */
    List<List<PropertyValue>> recipients(Mailbox mailbox, long mid);

    /** The attachments of a message, in PidTagAttachNumber order. */
    List<AttachmentRecord> attachments(Mailbox mailbox, long mid);

    /**
     * Sets or clears mfRead in PidTagMessageFlags with a new read-state change number
     * ({@link MessageState#readChangeNumber()}, [MS-OXCFXICS] 2.2.1.1.4); the change number stays.
     */
    void setRead(Mailbox mailbox, long mid, boolean read);

    /**
     * Creates ({@code mid} 0) or wholly replaces a message of folder {@code fid}: properties,
     * recipients and attachments, as one new version with a new change number. {@code client} is
     * the change key and PCL an ICS upload brings ([MS-OXCFXICS] 3.3.5.8), or null for a server
     * change. {@code associated} (FAI) applies to a new message only.
     */
    MessageRecord saveMessage(Mailbox mailbox, long fid, long mid, NewMessage content, boolean associated,
            ChangeVersion client);

    /**
     * Creates a message an ICS upload brings with a PidTagSourceKey the client chose ([MS-OXCFXICS] 2.2.1.2.5),
     * recording that key with the new MID in the same transaction.
     */
    MessageRecord createMessageWithSourceKey(Mailbox mailbox, long fid, byte[] sourceKey, NewMessage content,
            boolean associated, ChangeVersion client);

    /**
     * Moves message {@code mid} of {@code fromFid} into {@code toFid} as an ICS upload imports a move
     * ([MS-OXCFXICS] 3.2.5.9.4.4), recording the PidTagSourceKey the client chose for the moved message with its
     * new MID in the same transaction; returns the new MID, or 0 when {@code mid} is not in {@code fromFid}. The moved
     * version has the client's {@code changeKey} (an XID) with the message's PCL and that key as its PCL, so a client
     * that knew the PCL it moved knows the version the move made; with a null key it gets a server change key.
     */
    long moveMessageWithSourceKey(Mailbox mailbox, long fromFid, long mid, long toFid, byte[] sourceKey,
            byte[] changeKey);

    /**
     * Creates a folder an ICS upload brings with a PidTagSourceKey the client chose ([MS-OXCFXICS] 3.2.5.9.4.3),
     * recording that key with the new FID in the same transaction.
     */
    FolderRecord createFolderWithSourceKey(Mailbox mailbox, long parentFid, String displayName, String containerClass,
            byte[] sourceKey, ChangeVersion client);

    /** The MID (or FID) of the message (or folder) created or moved with the client-chosen {@code sourceKey}, if any. */
    Optional<Long> messageIdForSourceKey(Mailbox mailbox, byte[] sourceKey);

    /** Deletes messages of folder {@code fid}, leaving tombstones; returns the MIDs that were there. */
    List<Long> deleteMessages(Mailbox mailbox, long fid, List<Long> mids);

    /**
     * Moves ({@code copy} false) or copies messages of {@code fromFid} into {@code toFid}; each copy
     * gets a new MID (returned in order, 0 for an id not found in {@code fromFid}) and a moved
     * original leaves a tombstone, [MS-OXCFOLD] 3.2.5.6.
     */
    List<Long> moveMessages(Mailbox mailbox, long fromFid, List<Long> mids, long toFid, boolean copy);

    /** Replaces the bits of PidTagMessageStatus selected by {@code mask}, [MS-OXCMSG] 2.2.3.9; returns the old status. */
    int setMessageStatus(Mailbox mailbox, long mid, int status, int mask);

    /** Renames or reclasses a folder as a new version ({@code client} as for {@link #saveMessage}). */
    FolderRecord updateFolder(Mailbox mailbox, long fid, String displayName, String containerClass,
            ChangeVersion client);

    /** Creates a folder with the version an ICS upload brings ({@code client} null: a server version). */
    FolderRecord createFolder(Mailbox mailbox, long parentFid, String displayName, String containerClass,
            ChangeVersion client);

    /** Deletes a folder with its subfolders and messages, leaving tombstones, [MS-OXCFOLD] 3.2.5.3. */
    void deleteFolder(Mailbox mailbox, long fid);

    /** The messages (normal and FAI) of a folder as one consistent snapshot for an ICS download. */
    SyncSnapshot<MessageSummary> contentsSnapshot(Mailbox mailbox, long fid);

    /**
     * What changed in folder {@code fid}'s messages after GLOBCNT {@code changesAfter}, with the read-state changes
     * after {@code readChangesAfter} ({@link ExchangeIds#MAX_GLOBAL_COUNTER}: none), for an incremental ICS download
     * ([MS-OXCFXICS] 3.2.5.2.1). This default picks them out of {@link #contentsSnapshot} and {@link #tombstones},
     * reading the whole folder; a store that indexes its change numbers reads only the changes.
     */
    default ContentsChanges contentsChanges(Mailbox mailbox, long fid, long changesAfter, long readChangesAfter) {
        return SnapshotChanges.of(contentsSnapshot(mailbox, fid), tombstones(mailbox, fid), changesAfter,
                readChangesAfter);
    }

    /** Every folder below {@code fid} (parents before children) as one consistent snapshot. */
    SyncSnapshot<FolderRecord> hierarchySnapshot(Mailbox mailbox, long fid);

    /** The change state of every message of a folder, for ICS downloads ([MS-OXCFXICS] 3.2.5.2.1). */
    List<MessageSummary> messageSummaries(Mailbox mailbox, long fid);

    /** The tombstones of messages deleted from a folder (folder {@code fid}'s own subfolders included). */
    List<Tombstone> tombstones(Mailbox mailbox, long fid);

    /** The tombstones of every deleted folder of the mailbox. */
    List<Tombstone> folderTombstones(Mailbox mailbox);

    /**
     * The property id (0x8000..0xFFFE) mapped to {@code name} in this mailbox; with {@code create}
     * a new id is allocated when none exists, else empty is returned ([MS-OXCPRPT] 2.2.12).
     */
    OptionalInt namedPropertyId(Mailbox mailbox, PropertyName name, boolean create);

    /** The name mapped to a named property id, [MS-OXCPRPT] 2.2.13. */
    Optional<PropertyName> propertyName(Mailbox mailbox, int propertyId);

    /** The server-side rules of folder {@code fid} in PidTagRuleSequence order, [MS-OXORULE] 2.2.1.3.1. */
    List<RuleRecord> rules(Mailbox mailbox, long fid);

    /**
     * Changes the rules of folder {@code fid} in one transaction, [MS-OXORULE] 3.2.5.2: with
     * {@code replace} every existing rule is removed first; added rules get a new PidTagRuleId. A
     * change naming no rule of the folder fails with {@link NoSuchObjectException} and changes nothing.
     */
    void modifyRules(Mailbox mailbox, long fid, boolean replace, List<RuleChange> changes);

    /** The folder permissions of this store's mailboxes, [MS-OXCPERM]. */
    PermissionStore permissions();

    @Override
    void close();
}
