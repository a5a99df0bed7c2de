package org.interchange.mapi.objects;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.objects.rtf.CompressedRtf;
import org.interchange.mapi.objects.rtf.RtfFormatException;
import org.interchange.mapi.objects.rtf.RtfHtmlExtractor;
import org.interchange.mapi.objects.rtf.RtfTextExtractor;

/**
 * The body of a message to show or export, [MS-OXCMSG] 2.2.1.56 (PidTagBody, PidTagHtml,
 * PidTagRtfCompressed): the HTML body when there is one, else the plain text, else the compressed
 * RTF decompressed ([MS-OXRTFCP]) and turned into its encapsulated HTML ([MS-OXRTFEX] 2.1.3) or,
 * for RTF not made from HTML, its text.
 */
public record DisplayBody(boolean html, String content) {

    /**
     * The body from the three properties, any of which may be null; empty when there is none.
     * Malformed compressed RTF fails with {@link MapiCodecException} ({@link RtfFormatException} for bad RTF).
     */
    public static Optional<DisplayBody> of(String body, byte[] htmlBytes, byte[] rtfCompressed) {
        if (htmlBytes != null) {
            return Optional.of(new DisplayBody(true, new String(htmlBytes, StandardCharsets.UTF_8)));
        }
        if (body != null) {
            return Optional.of(new DisplayBody(false, body));
        }
        if (rtfCompressed == null) {
            return Optional.empty();
        }
        byte[] rtf = CompressedRtf.decompress(rtfCompressed);
        return Optional.of(RtfHtmlExtractor.isEncapsulatedHtml(rtf)
                ? new DisplayBody(true, RtfHtmlExtractor.extract(rtf))
                : new DisplayBody(false, RtfTextExtractor.extract(rtf)));
    }

    /** The body of a property bag that holds the body properties inline. */
    public static Optional<DisplayBody> of(PropertyBag p) {
        return of(p.string(PidTag.BODY), p.bytes(PidTag.HTML), p.bytes(PidTag.RTF_COMPRESSED));
    }
}
