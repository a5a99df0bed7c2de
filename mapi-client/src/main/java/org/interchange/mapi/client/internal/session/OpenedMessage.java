package org.interchange.mapi.client.internal.session;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiRecipient;
import org.interchange.mapi.client.internal.ErrorCodes;
import org.interchange.mapi.client.internal.rop.BatchResult;
import org.interchange.mapi.client.internal.rop.RopBatch;
import org.interchange.mapi.client.internal.rop.ServerObject;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesAllResponse;
import org.interchange.mapi.codec.rop.RopGetPropertiesListRequest;
import org.interchange.mapi.codec.rop.RopGetPropertiesListResponse;
import org.interchange.mapi.codec.rop.RopOpenAttachmentRequest;
import org.interchange.mapi.codec.rop.RopOpenAttachmentResponse;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * {@link MapiMessage} over an open Message object, [MS-OXCMSG] 3.1.4: bodies that did not come
 * inline (NotEnoughMemory, or not among the requested tags) are read through streams on first use, attachments through RopOpenAttachment plus a
 * stream in one Execute.
 */
final class OpenedMessage implements MapiMessage {
    /** OpenAttachmentFlags ReadOnly, [MS-OXCMSG] 2.2.3.12.1. */
    static final int ATTACHMENT_READ_ONLY = 0x00;

    private final SessionContext context;
    private final ServerObject message;
    private final long folderId;
    private final long messageId;
    private final List<PropertyValue> values;
    private final List<AttachmentInfo> attachments;
    private final Recipients recipients;
    private final boolean allProperties;
    private Optional<String> body;
    private Optional<byte[]> html;
    private Optional<byte[]> rtf;
    private boolean closed;

    OpenedMessage(SessionContext context, ServerObject message, long folderId, long messageId,
                  List<PropertyValue> values, boolean allProperties, Recipients recipients,
                  List<AttachmentInfo> attachments) {
        this.context = context;
        this.message = message;
        this.folderId = folderId;
        this.messageId = messageId;
        this.values = List.copyOf(values);
        this.attachments = List.copyOf(attachments);
        this.allProperties = allProperties;
        this.recipients = recipients;
    }

    @Override
    public long folderId() {
        return folderId;
    }

    @Override
    public long messageId() {
        return messageId;
    }

    @Override
    public PropertyBag properties() {
        return context.bag(values);
    }

    @Override
    public PropertyBag wholeProperties() {
        Set<Integer> tooBig = new HashSet<>();
        List<PropertyValue> whole = new ArrayList<>();
        for (PropertyValue v : values) {
            if (v.isError() && v.asInt() == ErrorCodes.NOT_ENOUGH_MEMORY) {
                tooBig.add(v.tag().id());
            } else {
                whole.add(v);
            }
        }
        if (tooBig.isEmpty()) {
            return properties();
        }
        requireOpen();
        for (PropertyTag tag : propertyList(message)) {
            if (tooBig.contains(tag.id())) {
                whole.add(streamed(message, tag));
            }
        }
        return context.bag(whole);
    }

    @Override
    public Optional<String> body() {
        if (body == null) {
            body = property(PidTag.BODY).map(String.class::cast);
        }
        return body;
    }

    @Override
    public Optional<byte[]> html() {
        if (html == null) {
            html = property(PidTag.HTML).map(v -> v instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : (byte[]) v);
        }
        return html.map(byte[]::clone);
    }

    @Override
    public Optional<byte[]> rtfCompressed() {
        if (rtf == null) {
            rtf = property(PidTag.RTF_COMPRESSED).map(byte[].class::cast);
        }
        return rtf.map(byte[]::clone);
    }

    @Override
    public List<MapiRecipient> recipients() {
        return recipients.list();
    }

    @Override
    public boolean recipientsComplete() {
        return recipients.complete();
    }

    @Override
    public List<AttachmentInfo> attachments() {
        return attachments;
    }

    @Override
    public byte[] attachmentData(int attachNumber) {
        requireOpen();
        RopBatch batch = context.executor().newBatch();
        int messageSlot = batch.input(message);
        int attachmentSlot = batch.output();
        RopBatch.Ticket<RopOpenAttachmentResponse> open = batch.add(new RopOpenAttachmentRequest(
                RopBatch.LOGON_ID, messageSlot, attachmentSlot, ATTACHMENT_READ_ONLY, attachNumber),
                RopOpenAttachmentResponse.class);
        StreamReader.Pending stream = StreamReader.add(batch, attachmentSlot, PidTag.ATTACH_DATA_BINARY,
                context.options().streamChunkSize());
        BatchResult result = context.executor().run(batch);
        result.get(open);
        ServerObject attachment = result.claim(attachmentSlot);
        try {
            return StreamReader.finish(context, result, stream);
        } finally {
            context.executor().releases().add(attachment);
        }
    }

    @Override
    public PropertyBag attachmentProperties(int attachNumber) {
        return attachmentProperties(attachNumber, true);
    }

    @Override
    public PropertyBag attachmentInlineProperties(int attachNumber) {
        return attachmentProperties(attachNumber, false);
    }

    private PropertyBag attachmentProperties(int attachNumber, boolean whole) {
        requireOpen();
        RopBatch batch = context.executor().newBatch();
        int attachmentSlot = batch.output();
        RopBatch.Ticket<RopOpenAttachmentResponse> open = batch.add(new RopOpenAttachmentRequest(
                RopBatch.LOGON_ID, batch.input(message), attachmentSlot, ATTACHMENT_READ_ONLY, attachNumber),
                RopOpenAttachmentResponse.class);
        RopBatch.Ticket<RopGetPropertiesAllResponse> all = batch.add(new RopGetPropertiesAllRequest(
                RopBatch.LOGON_ID, attachmentSlot, MessageOpener.PROPERTY_SIZE_LIMIT, 1),
                RopGetPropertiesAllResponse.class);
        BatchResult result = context.executor().run(batch);
        result.get(open);
        ServerObject attachment = result.claim(attachmentSlot);
        try {
            List<PropertyValue> read = new ArrayList<>();
            Set<Integer> tooBig = new HashSet<>();
            for (PropertyValue v : result.get(all).propertyValues()) {
                if (!v.isError()) {
                    read.add(v);
                } else if (v.asInt() == ErrorCodes.NOT_ENOUGH_MEMORY) {
                    tooBig.add(v.tag().id());
                }
            }
            if (whole && !tooBig.isEmpty()) {
                // an error value's tag carries PtypErrorCode ([MS-OXCDATA] 2.11.4): the list says the real types
                for (PropertyTag tag : propertyList(attachment)) {
                    if (tooBig.contains(tag.id())) {
                        read.add(streamed(attachment, tag));
                    }
                }
            }
            return context.bag(read);
        } finally {
            context.executor().releases().add(attachment);
        }
    }

    /** RopGetPropertiesList of {@code owner}: the tags of its properties with their types, [MS-OXCPRPT] 2.2.2.7. */
    private List<PropertyTag> propertyList(ServerObject owner) {
        RopBatch batch = context.executor().newBatch();
        RopBatch.Ticket<RopGetPropertiesListResponse> list = batch.add(new RopGetPropertiesListRequest(
                RopBatch.LOGON_ID, batch.input(owner)), RopGetPropertiesListResponse.class);
        return context.executor().run(batch).get(list).propertyTags();
    }

    /** A value too large to come inline, read through a stream on {@code owner}; its type is the tag's own. */
    private PropertyValue streamed(ServerObject owner, PropertyTag tag) {
        PropertyType type = tag.type();
        if (type != PropertyType.STRING && type != PropertyType.STRING8 && type != PropertyType.BINARY) {
            throw new MapiOperationException("reading " + tag + " whole (too large to come inline, no stream"
                    + " carries its type)", ErrorCodes.NOT_ENOUGH_MEMORY);
        }
        RopBatch batch = context.executor().newBatch();
        StreamReader.Pending stream = StreamReader.add(batch, batch.input(owner), tag,
                context.options().streamChunkSize());
        byte[] bytes = StreamReader.finish(context, context.executor().run(batch), stream);
        return new PropertyValue(tag, switch (type) {
            case STRING -> utf16Text(bytes);
            case STRING8 -> stripNul(new String(bytes, Charset.forName("windows-1252")));
            default -> bytes;
        });
    }

    @Override
    public MapiMessage openEmbeddedMessage(int attachNumber) {
        requireOpen();
        return MessageOpener.openEmbedded(context, message, folderId, attachNumber);
    }

    /**
     * The value of a body property: inline when it came with the message, through a stream when
     * the server said it was too big or it was not asked for, empty when the message has none.
     */
    private Optional<Object> property(PropertyTag tag) {
        Optional<PropertyValue> inline = values.stream().filter(v -> v.tag().id() == tag.id()).findFirst();
        if (inline.isPresent() && !inline.get().isError() && inline.get().value() != null) {
            return Optional.of(inline.get().value());
        }
        boolean tooBig = inline.isPresent() && inline.get().isError()
                && inline.get().asInt() == ErrorCodes.NOT_ENOUGH_MEMORY;
        boolean notAsked = inline.isEmpty() && !allProperties;
        if (!tooBig && !notAsked) {
            return Optional.empty();
        }
        requireOpen();
        try {
            byte[] bytes = readStream(tag);
            return Optional.of(tag.typeCode() == PidTag.BODY.typeCode() ? utf16Text(bytes) : bytes);
        } catch (MapiOperationException e) {
            if (e.errorCode() == ErrorCodes.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private byte[] readStream(PropertyTag tag) {
        RopBatch batch = context.executor().newBatch();
        StreamReader.Pending stream = StreamReader.add(batch, batch.input(message), tag,
                context.options().streamChunkSize());
        return StreamReader.finish(context, context.executor().run(batch), stream);
    }

    /** A PtypString stream holds UTF-16LE text, [MS-OXCPRPT] 2.2.14; a trailing NUL is dropped. */
    private static String utf16Text(byte[] bytes) {
        return stripNul(new String(bytes, 0, bytes.length & ~1, StandardCharsets.UTF_16LE));
    }

    private static String stripNul(String s) {
        return s.endsWith("\0") ? s.substring(0, s.length() - 1) : s;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("message is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            context.executor().releases().add(message);
        }
    }
}
