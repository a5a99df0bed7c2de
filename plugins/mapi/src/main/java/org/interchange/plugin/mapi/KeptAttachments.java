package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interchange.cache.api.ItemKind;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.write.AttachmentSpec;
import org.interchange.mapi.client.write.MessageSpec;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The embedded-message attachments of the server's version of a message ([MS-OXCMSG] 2.2.2.9 afEmbeddedMessage,
 * read with RopOpenEmbeddedMessage, 3.1.4.12), which the cache does not hold, to send again with an edit that
 * replaces the whole message ([MS-OXCFXICS] 3.2.5.9.4.2); each keeps its properties, recipients, file attachments
 * and embedded messages. The exception attachments of an appointment ([MS-OXOCAL] 2.2.10.1) are not kept: the
 * mapping writes them from the changed occurrences ({@link ExceptionAttachments}).
 */
final class KeptAttachments {
    /** MAPI_E_CALL_FAILED, [MS-OXCDATA] 2.4.1. */
    private static final int CALL_FAILED = 0x80004005;
    /** How deep embedded messages inside embedded messages are followed. */
    static final int MAX_DEPTH = 8;

    private KeptAttachments() {
    }

    /** The embedded messages of {@code current}, an item of {@code kind}, but an appointment's exceptions. */
    static List<AttachmentSpec> of(MapiMessage current, ItemKind kind) {
        return embedded(current, kind, 0);
    }

    private static List<AttachmentSpec> embedded(MapiMessage message, ItemKind kind, int depth) {
        List<AttachmentSpec> kept = new ArrayList<>();
        for (AttachmentInfo a : message.attachments()) {
            if (a.method() != AttachmentInfo.METHOD_EMBEDDED_MESSAGE) {
                continue;
            }
            if (depth >= MAX_DEPTH) {
                // an upload without them would remove them on the server
                throw new MapiOperationException("keeping embedded messages nested deeper than " + MAX_DEPTH
                        + " in message " + message.messageId(), CALL_FAILED);
            }
            try (MapiMessage inner = message.openEmbeddedMessage(a.attachNumber())) {
                PropertyBag p = inner.wholeProperties();
                if (kind == ItemKind.APPOINTMENT && depth == 0
                        && ExceptionAttachments.EXCEPTION_CLASS.equalsIgnoreCase(p.string(PidTag.MESSAGE_CLASS))) {
                    continue;
                }
                List<AttachmentSpec> attachments = files(inner);
                attachments.addAll(embedded(inner, kind, depth + 1));
                MessageSpec content = new MessageSpec(EditMerge.kept(p, Set.of()), KeptRecipients.of(inner),
                        attachments, false);
                kept.add(AttachmentSpec.embedded(a.fileName().isEmpty() ? "message" : a.fileName(), content));
            }
        }
        return kept;
    }

    /** The file attachments of an embedded message, read whole. */
    private static List<AttachmentSpec> files(MapiMessage message) {
        List<AttachmentSpec> files = new ArrayList<>();
        for (AttachmentInfo a : message.attachments()) {
            if (a.method() == AttachmentInfo.METHOD_BY_VALUE) {
                files.add(AttachmentSpec.file(a.fileName().isEmpty() ? "attachment" : a.fileName(),
                        a.mimeType().isEmpty() ? null : a.mimeType(), message.attachmentData(a.attachNumber())));
            }
        }
        return files;
    }
}
