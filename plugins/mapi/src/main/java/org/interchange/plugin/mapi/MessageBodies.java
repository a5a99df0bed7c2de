package org.interchange.plugin.mapi;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.objects.DisplayBody;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;

/**
 * The plain and HTML bodies of a message ([MS-OXCMSG] 2.2.1.56: PidTagBody, PidTagHtml); a message whose only
 * body is PidTagRtfCompressed gets the HTML or text that {@link DisplayBody} recovers from it ([MS-OXRTFCP],
 * [MS-OXRTFEX] 2.1.3). Malformed compressed RTF leaves the message without a body.
 */
record MessageBodies(String text, String html) {
    private static final MessageBodies NONE = new MessageBodies(null, null);

    /** The bodies of a downloaded property bag that holds them inline. */
    static MessageBodies of(PropertyBag p) {
        String html = p.get(PidTag.HTML).map(v -> v.value() instanceof String s ? s
                : new String((byte[]) v.value(), StandardCharsets.UTF_8)).orElse(null);
        return of(p.string(PidTag.BODY), html, () -> p.bytes(PidTag.RTF_COMPRESSED));
    }

    /** The bodies from the text and HTML (either may be null), else from the compressed RTF, read only then. */
    static MessageBodies of(String text, String html, Supplier<byte[]> rtfCompressed) {
        if (text != null || html != null) {
            return new MessageBodies(text, html);
        }
        byte[] rtf = rtfCompressed.get();
        if (rtf == null) {
            return NONE;
        }
        try {
            return DisplayBody.of(null, null, rtf).map(d -> d.html() ? new MessageBodies(null, d.content())
                    : new MessageBodies(d.content(), null)).orElse(NONE);
        } catch (MapiCodecException malformed) {
            return NONE;
        }
    }
}
