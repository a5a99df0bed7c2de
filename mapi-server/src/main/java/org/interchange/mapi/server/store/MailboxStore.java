package org.interchange.mapi.server.store;

import java.util.List;
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

    Optional<FolderRecord> folder(Mailbox mailbox, long fid);

    /** The direct subfolders of {@code parentFid}, ordered by display name. */
    List<FolderRecord> childFolders(Mailbox mailbox, long parentFid);

    FolderRecord createFolder(Mailbox mailbox, long parentFid, String displayName, String containerClass);

    FolderCounts counts(Mailbox mailbox, long fid);

    /** Saves a new message in folder {@code fid}, allocating its MID and change number. */
    MessageRecord createMessage(Mailbox mailbox, long fid, NewMessage message);

    Optional<MessageRecord> message(Mailbox mailbox, long mid);

    /** The messages of a folder, newest first. */
    List<MessageRecord> messages(Mailbox mailbox, long fid);

    /** The recipient rows of a message, in RowId order. */
    List<List<PropertyValue>> recipients(Mailbox mailbox, long mid);

    /** The attachments of a message, in PidTagAttachNumber order. */
    List<AttachmentRecord> attachments(Mailbox mailbox, long mid);

    /** Sets or clears mfRead in PidTagMessageFlags and gives the message a new change number. */
    void setRead(Mailbox mailbox, long mid, boolean read);

    /**
     * The property id (0x8000..0xFFFE) mapped to {@code name} in this mailbox; with {@code create}
     * a new id is allocated when none exists, else empty is returned ([MS-OXCPRPT] 2.2.12).
     */
    OptionalInt namedPropertyId(Mailbox mailbox, PropertyName name, boolean create);

    /** The name mapped to a named property id, [MS-OXCPRPT] 2.2.13. */
    Optional<PropertyName> propertyName(Mailbox mailbox, int propertyId);

    @Override
    void close();
}
