package org.interchange.ui.compose;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Converts a composed body between HTML and plain text ([MS-OXOMSG] 2.2.1.57 PidTagBody beside PidTagHtml). */
public final class HtmlText {
    private HtmlText() {
    }

    /** The text of an HTML body: blocks and line breaks become lines, quoted blocks get "&gt; " before each line. */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder();
        appendText(doc.body(), out);
        return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** An HTML body showing {@code text} as it is: escaped, one paragraph per line. */
    public static String fromText(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            html.append("<p>").append(line.isEmpty() ? "<br>" : Entities.escape(line)).append("</p>");
        }
        return html.toString();
    }

    /** The inner HTML of the body of a whole document (e.g. what an HTML editor gives back). */
    public static String bodyOf(String document) {
        if (document == null || document.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(document);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " "));
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("blockquote")) {
                    StringBuilder inner = new StringBuilder();
                    appendText(element, inner);
                    newLine(out);
                    for (String line : inner.toString().strip().split("\n", -1)) {
                        out.append(line.startsWith(">") ? ">" : "> ").append(line).append('\n');
                    }
                } else if (element.isBlock()) {
                    newLine(out);
                    appendText(element, out);
                    newLine(out);
                } else {
                    appendText(element, out);
                }
            }
        }
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
