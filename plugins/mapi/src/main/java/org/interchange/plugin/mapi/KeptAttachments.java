package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interchange.cache.api.ItemKind;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.write.AttachmentSpec;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The attachments of the server's version of a message that the cache does not hold, to send again with an edit
 * that replaces the whole message ([MS-OXCFXICS] 3.2.5.9.4.2): every attachment that is neither by value nor an
 * embedded message ([MS-OXCMSG] 2.2.2.9: afOle, afByReference, afByReferenceOnly, afByWebReference, afNone), read
 * with all its properties and written back as it was, and the embedded messages (read with RopOpenEmbeddedMessage,
 * 3.1.4.12), each with its properties, recipients and attachments, all of them kept whole. The exception
 * attachments of an appointment ([MS-OXOCAL] 2.2.10.1) are not kept: the mapping writes them from the changed
 * occurrences ({@link ExceptionAttachments}). The by-value attachments of the message itself are the cache's.
 */
final class KeptAttachments {
    /** MAPI_E_CALL_FAILED, [MS-OXCDATA] 2.4.1. */
    private static final int CALL_FAILED = 0x80004005;
    /** How deep embedded messages inside embedded messages are followed. */
    static final int MAX_DEPTH = 8;
    /**
     * Attachment properties the server sets itself ([MS-OXCMSG] 2.2.2.6 PidTagAttachNumber, 2.2.2.5 PidTagAttachSize;
     * [MS-OXCPRPT] 2.2.1: PidTagRecordKey, PidTagObjectType, PidTagAccess, PidTagAccessLevel, PidTagInstanceKey).
     */
    static final Set<Integer> SERVER_MAINTAINED = Set.of(PidTag.ATTACH_NUMBER.id(), PidTag.ATTACH_SIZE.id(),
            PidTag.RECORD_KEY.id(), PidTag.OBJECT_TYPE.id(), 0x0FF4, 0x0FF7, PidTag.INSTANCE_KEY.id());

    private KeptAttachments() {
    }

    /** The attachments of {@code current}, an item of {@code kind}, that the cache does not hold. */
    static List<AttachmentSpec> of(MapiMessage current, ItemKind kind) {
        return kept(current, kind, 0, false);
    }

    /** Every attachment of {@code current}, by-value files too, for an edit of a message synced without them. */
    static List<AttachmentSpec> all(MapiMessage current, ItemKind kind) {
        return kept(current, kind, 0, true);
    }

    private static List<AttachmentSpec> kept(MapiMessage message, ItemKind kind, int depth, boolean files) {
        List<AttachmentSpec> kept = new ArrayList<>();
        for (AttachmentInfo a : message.attachments()) {
            if (a.method() == AttachmentInfo.METHOD_EMBEDDED_MESSAGE) {
                embedded(message, a, kind, depth).ifPresent(kept::add);
            } else if (a.method() != AttachmentInfo.METHOD_BY_VALUE || depth > 0 || files) {
                kept.add(verbatim(message, a));
            }
        }
        return kept;
    }

    private static Optional<AttachmentSpec> embedded(MapiMessage message, AttachmentInfo a, ItemKind kind,
            int depth) {
        if (depth >= MAX_DEPTH) {
            // an upload without them would remove them on the server
            throw new MapiOperationException("keeping embedded messages nested deeper than " + MAX_DEPTH
                    + " in message " + message.messageId(), CALL_FAILED);
        }
        try (MapiMessage inner = message.openEmbeddedMessage(a.attachNumber())) {
            PropertyBag p = inner.wholeProperties();
            if (kind == ItemKind.APPOINTMENT && depth == 0
                    && ExceptionAttachments.EXCEPTION_CLASS.equalsIgnoreCase(p.string(PidTag.MESSAGE_CLASS))) {
                return Optional.empty();
            }
            MessageSpec content = new MessageSpec(EditMerge.kept(p, Set.of()), KeptRecipients.of(inner),
                    kept(inner, kind, depth + 1, true), false);
            return Optional.of(AttachmentSpec.embedded(a.fileName().isEmpty() ? "message" : a.fileName(),
                    content));
        }
    }

    /** Attachment {@code a} of {@code message} with every property it has but those the server sets itself. */
    private static AttachmentSpec verbatim(MapiMessage message, AttachmentInfo a) {
        List<PropertyValue> values = message.attachmentProperties(a.attachNumber()).values().stream()
                .filter(v -> !SERVER_MAINTAINED.contains(v.tag().id())).toList();
        return AttachmentSpec.verbatim(a.fileName().isEmpty() ? "attachment" : a.fileName(), values);
    }
}
