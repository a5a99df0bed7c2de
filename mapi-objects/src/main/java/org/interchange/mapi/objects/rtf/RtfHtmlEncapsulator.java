package org.interchange.mapi.objects.rtf;

import java.nio.charset.StandardCharsets;

/**
 * Encapsulates HTML in RTF as [MS-OXRTFEX] 2.1.3 describes (the reverse of {@link RtfHtmlExtractor}):
 * a {@code \fromhtml1} header, every markup tag in a {@code {\*\htmltag64 ...}} group and the text
 * between tags as RTF text, so RTF readers show the text and the HTML comes back unchanged. CRLF
 * becomes &#92;par; characters outside printable ASCII are written as &#92;uN? with a "?" fallback.
 */
public final class RtfHtmlEncapsulator {
    private static final String HEADER = "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0"
            + "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\fmodern Courier New;}}\\uc1 ";
    /** HTMLTagType 64 with no flags: the tag is written back as it stands ([MS-OXRTFEX] 2.1.3.1.3). */
    private static final String TAG = "{\\*\\htmltag64 ";

    private RtfHtmlEncapsulator() {
    }

    /** The RTF bytes (7-bit ASCII) that carry {@code html}. */
    public static byte[] encapsulate(String html) {
        StringBuilder rtf = new StringBuilder(HEADER.length() + html.length() * 2).append(HEADER);
        int i = 0;
        while (i < html.length()) {
            int open = html.indexOf('<', i);
            if (open < 0) {
                text(rtf, html.substring(i));
                break;
            }
            text(rtf, html.substring(i, open));
            int close = html.indexOf('>', open);
            int end = close < 0 ? html.length() : close + 1;
            rtf.append(TAG);
            text(rtf, html.substring(open, end));
            rtf.append('}');
            i = end;
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void text(StringBuilder rtf, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                rtf.append("\\par ");
                i++;
            } else if (c == '\\' || c == '{' || c == '}') {
                rtf.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                rtf.append(c);
            } else {
                rtf.append("\\u").append((short) c).append('?');
            }
        }
    }
}
