package org.interchange.ui.reading;

import org.jsoup.nodes.Entities;

/**
 * The page the reading pane's WebView loads: a sanitized body (or escaped plain text) inside our
 * own document, whose Content-Security-Policy forbids scripts and every remote load as a second wall.
 */
public final class MessageDocument {
    static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";
    /** The policy of a message the user allowed remote content in: images may come from the web, nothing else. */
    static final String CSP_REMOTE_IMAGES =
            "default-src 'none'; img-src data: http: https:; style-src 'unsafe-inline'; font-src data:";
    private static final String STYLE = """
            html { background: #ffffff; }
            body { margin: 14px 18px; color: #1f2328; font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
                   font-size: 14px; line-height: 1.45; overflow-wrap: anywhere; }
            img { max-width: 100%; height: auto; }
            pre.plain { white-space: pre-wrap; font-family: inherit; margin: 0; }
            blockquote { margin: 0 0 0 0.4em; padding-left: 0.8em; border-left: 3px solid #d0d7de; color: #57606a; }
            table { max-width: 100%; }
            a { color: #0969da; }
            """;

    private MessageDocument() {
    }

    /** A page around a body that {@link HtmlSanitizer} has already cleaned. */
    public static String ofSanitizedHtml(String safeBody) {
        return page(safeBody, CSP);
    }

    /** As {@link #ofSanitizedHtml(String)}, letting images load from the web when {@code remoteImages}. */
    public static String ofSanitizedHtml(String safeBody, boolean remoteImages) {
        return page(safeBody, remoteImages ? CSP_REMOTE_IMAGES : CSP);
    }

    /** A page showing plain text as it is, escaped, lines kept. */
    public static String ofText(String text) {
        return page("<pre class=\"plain\">" + Entities.escape(text == null ? "" : text) + "</pre>", CSP);
    }

    /** An empty page, for items without a body. */
    public static String empty() {
        return page("", CSP);
    }

    private static String page(String body, String policy) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">"
                + "<style>" + STYLE + "</style></head><body>" + body + "</body></html>";
    }
}
