package org.interchange.plugin.mapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.spi.RemoteAttachment;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.MapiOperationException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * One whole message read by opening it ([MS-OXCMSG] 3.1.4.1 RopOpenMessage, RopGetPropertiesAll; bodies and
 * attachment contents through streams, [MS-OXCPRPT] 3.1.4.1), for a message synced headers only; bodies as
 * {@link MessageBodies} reads them.
 */
final class ItemFetch {
    /** PidTagPredecessorChangeList, [MS-OXCFXICS] 2.2.1.2.8. */
    private static final PropertyTag PREDECESSOR_CHANGE_LIST = new PropertyTag(0x65E30102);

    private ItemFetch() {
    }

    /** The message {@code messageId} of folder {@code folderId} as an item of a {@code kind} folder; empty when gone. */
    static Optional<RemoteItem> read(MapiSession session, FolderKind kind, long folderId, long messageId) {
        // the bag answers the named properties resolved so far; a download's stream names its own
        session.resolveNamedProperties(KnownNamedProperties.lids(), KnownNamedProperties.names(), false);
        try (MapiMessage m = session.openMessage(folderId, messageId)) {
            PropertyBag p = m.properties();
            MessageBodies body = MessageBodies.of(m.body().orElse(null),
                    m.html().map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null),
                    () -> m.rtfCompressed().orElse(null));
            List<RemoteAttachment> attachments = new ArrayList<>();
            for (AttachmentInfo a : m.attachments()) {
                if (a.method() == AttachmentInfo.METHOD_BY_VALUE) {
                    attachments.add(new RemoteAttachment(a.fileName().isEmpty() ? null : a.fileName(),
                            a.mimeType().isEmpty() ? null : a.mimeType(), a.contentId().isEmpty() ? null : a.contentId(),
                            m.attachmentData(a.attachNumber())));
                }
            }
            String revision = FolderContentsSync.revision(p.bytes(PidTag.CHANGE_KEY), p.bytes(PREDECESSOR_CHANGE_LIST),
                    p.bytes(PidTag.SOURCE_KEY), p.number(PidTag.CHANGE_NUMBER, 0));
            return Optional.of(ItemMapper.map(kind, new ItemMapper.MessageContent(ServerIds.of(messageId), revision, p,
                    body.text(), body.html(), attachments)));
        } catch (MapiOperationException e) {
            if (e.errorCode() == ChangeUpload.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
