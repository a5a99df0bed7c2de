package org.interchange.plugin.mapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interchange.mapi.client.AttachmentInfo;
import org.interchange.mapi.client.MapiMessage;
import org.interchange.mapi.client.write.AttachmentSpec;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The server's properties of the by-value attachments ([MS-OXCMSG] 2.2.2) an edit sends again from the cache, which
 * the cache does not hold: PidTagAttachContentId, PidTagAttachmentHidden, PidTagAttachFlags, PidTagRenderingPosition
 * and the rest. An edit replaces the whole message ([MS-OXCFXICS] 3.2.5.9.4.2), so each file of the edit that the
 * server's version has too (the same file name, and the same bytes when they come inline) is written with them; the
 * properties the edit writes itself take precedence.
 */
final class KeptFileProperties {
    /** What the edit's file writes itself, and what the server sets: not taken from the server's attachment. */
    private static final Set<Integer> NOT_KEPT = written();

    private KeptFileProperties() {
    }

    /** {@code edit}'s attachments, each file the server's version of {@code current} has too with its properties. */
    static List<AttachmentSpec> of(MapiMessage current, List<AttachmentSpec> edit) {
        List<AttachmentInfo> files = new ArrayList<>(current.attachments().stream()
                .filter(a -> a.method() == AttachmentInfo.METHOD_BY_VALUE).toList());
        List<AttachmentSpec> out = new ArrayList<>();
        for (AttachmentSpec a : edit) {
            if (a.isEmbeddedMessage() || a.verbatim()) {
                out.add(a);
                continue;
            }
            out.add(serverProperties(current, files, a).map(kept -> {
                List<PropertyValue> properties = new ArrayList<>(kept);
                properties.addAll(a.properties());
                return new AttachmentSpec(a.fileName(), a.mimeType(), a.data(), properties);
            }).orElse(a));
        }
        return out;
    }

    /** The properties of the first of {@code files} that is {@code a} (taking it out of the list), if one is. */
    private static Optional<List<PropertyValue>> serverProperties(MapiMessage current, List<AttachmentInfo> files,
            AttachmentSpec a) {
        for (Iterator<AttachmentInfo> it = files.iterator(); it.hasNext(); ) {
            AttachmentInfo file = it.next();
            if (!file.fileName().equals(a.fileName())) {
                continue;
            }
            PropertyBag p = current.attachmentInlineProperties(file.attachNumber());
            Optional<byte[]> bytes = p.get(PidTag.ATTACH_DATA_BINARY).map(PropertyValue::value)
                    .filter(byte[].class::isInstance).map(byte[].class::cast);
            if (bytes.isPresent() && !Arrays.equals(bytes.get(), a.data())) {
                continue;
            }
            it.remove();
            Set<Integer> own = new HashSet<>(NOT_KEPT);
            a.properties().forEach(v -> own.add(v.tag().id()));
            return Optional.of(p.values().stream().filter(v -> !own.contains(v.tag().id())).toList());
        }
        return Optional.empty();
    }

    private static Set<Integer> written() {
        Set<Integer> ids = new HashSet<>(KeptAttachments.SERVER_MAINTAINED);
        ids.addAll(Set.of(PidTag.ATTACH_METHOD.id(), PidTag.ATTACH_LONG_FILENAME.id(), PidTag.ATTACH_MIME_TAG.id(),
                PidTag.ATTACH_DATA_BINARY.id()));
        return Set.copyOf(ids);
    }
}
