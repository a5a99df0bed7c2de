package org.interchange.mapi.objects.mime;

/**
 * Undoes format=flowed (RFC 3676 4.1-4.5), as Thunderbird writes plain text, before the text
 * becomes PidTagBody ([MS-OXCMAIL] 2.2.3.4): a line ending in a space continues on the next line
 * of the same quote depth; with DelSp=yes that space goes too; a space stuffed in front of a line
 * is removed; the signature separator "-- " is never joined.
 */
final class FlowedText {

    private FlowedText() {
    }

    static String unflow(String text, boolean delSp) {
        String[] lines = text.split("\r\n|\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1);
            }
            boolean last = i == lines.length - 1;
            boolean flowed = content.endsWith(" ") && !content.equals("-- ") && !last;
            if (paragraph != null && depth != paragraphDepth) {
                out.append(paragraph).append("\r\n");
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(">".repeat(depth)).append(depth > 0 ? " " : "");
                paragraphDepth = depth;
            }
            paragraph.append(flowed && delSp ? content.substring(0, content.length() - 1) : content);
            if (!flowed) {
                out.append(paragraph);
                if (!last) {
                    out.append("\r\n");
                }
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.append(paragraph);
        }
        return out.toString();
    }
}
