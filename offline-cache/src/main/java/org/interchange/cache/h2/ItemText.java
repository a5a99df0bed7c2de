package org.interchange.cache.h2;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derived text columns of an item: the list preview and the keys the sender and subject orders use. */
final class ItemText {

    static final int PREVIEW_LENGTH = 200;
    static final int KEY_LENGTH = 200;
    private static final int HTML_SCAN_LIMIT = 64 * 1024;
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^\\s*(re|fw|fwd|aw|wg|sv|vs|antw)\\s*:\\s*");

    private ItemText() {
    }

    /** The first words of the plain body, or of the HTML body with tags dropped when there is no plain one. */
    static String preview(String bodyText, String bodyHtml) {
        String source;
        if (bodyText != null && !bodyText.isBlank()) {
            source = head(bodyText);
        } else if (bodyHtml != null) {
            source = htmlToText(head(bodyHtml));
        } else {
            return null;
        }
        return truncate(collapsedHead(source), PREVIEW_LENGTH);
    }

    /**
     * What {@code SPACE.matcher(source).replaceAll(" ").strip()} starts with, at least its first
     * {@link #PREVIEW_LENGTH} characters, read from the start of {@code source} only: the preview of a long body
     * no longer collapses the white space of all of it.
     */
    private static String collapsedHead(String source) {
        int i = 0;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        StringBuilder out = new StringBuilder(PREVIEW_LENGTH + 16);
        boolean space = false;
        for (; i < source.length(); i++) {
            char ch = source.charAt(i);
            if (isRegexSpace(ch)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(ch);
            if (out.length() > PREVIEW_LENGTH && !Character.isWhitespace(ch)) {
                return out.toString();
            }
        }
        return out.toString().strip();
    }

    /** The characters of the regular expression class {@code \s}: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isRegexSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
    }

    /** Lower-case subject without reply and forward prefixes, so a thread sorts together. */
    static String subjectKey(String subject) {
        if (subject == null) {
            return "";
        }
        String s = subject;
        Matcher prefix = REPLY_PREFIX.matcher(s);
        while (prefix.lookingAt()) {
            s = s.substring(prefix.end());
            prefix.reset(s);
        }
        return key(s);
    }

    static String senderKey(String sender) {
        return sender == null ? "" : key(sender.replace("\"", ""));
    }

    private static String key(String s) {
        return truncate(s.strip().toLowerCase(Locale.ROOT), KEY_LENGTH);
    }

    private static String head(String s) {
        return s.length() > HTML_SCAN_LIMIT ? s.substring(0, HTML_SCAN_LIMIT) : s;
    }

    private static String htmlToText(String html) {
        String text = TAG.matcher(SCRIPT_OR_STYLE.matcher(html).replaceAll(" ")).replaceAll(" ");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
