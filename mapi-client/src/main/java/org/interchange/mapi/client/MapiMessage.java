package org.interchange.mapi.client;

import java.util.List;
import java.util.Optional;
import org.interchange.mapi.objects.DisplayBody;
import org.interchange.mapi.objects.PropertyBag;

/**
 * An open message, [MS-OXCMSG] 2.2.3.1 and 3.1.4: its properties as read when it was opened,
 * its body and HTML body (fetched through a stream when too large to come inline, [MS-OXCPRPT]
 * 3.1.4.1), its attachment table and the attachment contents. Close it to release the server's
 * message object. Not thread-safe.
 */
public interface MapiMessage extends AutoCloseable {

    long folderId();

    long messageId();

    /**
     * The properties read when the message was opened. Values too large to return inline
     * (the server answers NotEnoughMemory) are missing here; read the bodies with {@link #body()}
     * and {@link #html()}.
     */
    PropertyBag properties();

    /**
     * Every property of the message, values too large to come inline included: their types are asked with
     * RopGetPropertiesList ([MS-OXCPRPT] 2.2.2.7) and their values read through streams (3.1.4.1). What a client
     * needs to write a whole message back without losing any property. Fails with {@link MapiOperationException}
     * when a too large value has a type no stream carries (a multi-valued property).
     */
    PropertyBag wholeProperties();

    /** PidTagBody, streamed if needed; empty when the message has no plain-text body. */
    Optional<String> body();

    /** PidTagHtml bytes, streamed if needed; empty when the message has no HTML body. */
    Optional<byte[]> html();

    /** PidTagRtfCompressed bytes ([MS-OXRTFCP]), streamed if needed; empty when the message has none. */
    Optional<byte[]> rtfCompressed();

    /**
     * The body to show or export ({@link DisplayBody}): the HTML body, else the plain text, else the
     * compressed RTF decompressed into its encapsulated HTML or its text. The RTF is only read when
     * neither of the others exists.
     */
    default Optional<DisplayBody> displayBody() {
        Optional<byte[]> html = html();
        Optional<String> body = body();
        if (html.isPresent() || body.isPresent()) {
            return DisplayBody.of(body.orElse(null), html.orElse(null), null);
        }
        return rtfCompressed().flatMap(rtf -> DisplayBody.of(null, null, rtf));
    }

    /**
     * The recipients the RopOpenMessage response carried. Servers may send fewer rows than the
     * message has ({@link #recipientsComplete()} is then false); the rest would need
     * RopReadRecipients, which this library does not send yet.
     */
    List<MapiRecipient> recipients();

    /** Whether {@link #recipients()} holds every recipient of the message. */
    boolean recipientsComplete();

    /** The rows of the attachment table, [MS-OXCMSG] 2.2.2. */
    List<AttachmentInfo> attachments();

    /**
     * The bytes of an attachment's PidTagAttachDataBinary, read through a stream
     * (RopOpenAttachment, RopOpenStream, RopReadStream). Embedded-message attachments have no
     * such property and fail with {@link MapiOperationException}.
     */
    byte[] attachmentData(int attachNumber);

    /**
     * Every property of an attachment ([MS-OXCMSG] 2.2.2), values too large to come inline included: RopOpenAttachment
     * and RopGetPropertiesAll ([MS-OXCPRPT] 2.2.2.4), the large values read through streams (3.1.4.1). What a client
     * needs to write an attachment back as it was, whatever its PidTagAttachMethod. Fails with
     * {@link MapiOperationException} when a too large value has a type no stream carries.
     */
    PropertyBag attachmentProperties(int attachNumber);

    /**
     * The properties of an attachment that come inline in one RopGetPropertiesAll ([MS-OXCPRPT] 2.2.2.4): those too
     * large for it (usually the attachment's bytes) are left out rather than streamed.
     */
    PropertyBag attachmentInlineProperties(int attachNumber);

    /**
     * Opens the embedded message of an attachment with PidTagAttachMethod afEmbeddedMessage
     * ({@link AttachmentInfo#METHOD_EMBEDDED_MESSAGE}) read-only, with all its properties, recipients
     * and attachment table (RopOpenAttachment, RopOpenEmbeddedMessage, [MS-OXCMSG] 3.1.4.12). It
     * stays usable after this message is closed; close it too. Fails with {@link MapiOperationException}
     * when the attachment holds no embedded message or the server cannot read it.
     */
    MapiMessage openEmbeddedMessage(int attachNumber);

    /** Releases the server's message object (batched into the session's next request). */
    @Override
    void close();
}
