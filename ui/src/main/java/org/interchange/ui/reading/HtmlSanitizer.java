package org.interchange.ui.reading;

import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes a mail's HTML body safe to show: jsoup's relaxed safelist without anything that loads a
 * remote resource. No scripts, event handlers, style sheets, frames, objects or forms survive;
 * inline styles keep only what {@link CssFilter} allows; images keep only {@code data:} sources: {@code cid:} sources are replaced by the
 * inline parts they name, and images left without a source are removed. Links keep http, https and
 * mailto targets, which the view never follows itself.
 */
public final class HtmlSanitizer {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "data", "cid")
            .removeProtocols("a", "href", "ftp")
            .removeProtocols("blockquote", "cite", "http", "https")
            .removeProtocols("q", "cite", "http", "https")
            .addTags("font", "center", "hr", "s", "del", "ins", "mark", "abbr", "address")
            .addAttributes(":all", "dir", "lang", "align", "valign", "style")
            .addAttributes("font", "color", "face", "size")
            .addAttributes("table", "border", "cellpadding", "cellspacing", "bgcolor")
            .addAttributes("tr", "bgcolor")
            .addAttributes("td", "bgcolor", "nowrap", "height")
            .addAttributes("th", "bgcolor", "nowrap", "height")
            .addAttributes("hr", "size", "width", "noshade")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");
    /** The same, but images may also come from the web: for messages the user allowed remote content in. */
    private static final Safelist REMOTE_IMAGES = new Safelist(SAFELIST).addProtocols("img", "src", "http", "https");

    private HtmlSanitizer() {
    }

    /** The safe inner HTML of the body, with no {@code cid:} image resolved. */
    public static String sanitize(String html) {
        return sanitize(html, cid -> Optional.empty());
    }

    /**
     * The safe inner HTML of the body.
     *
     * @param inlineImages maps a content id (without angle brackets) to a {@code data:} URI, if it has one
     */
    public static String sanitize(String html, Function<String, Optional<String>> inlineImages) {
        return sanitize(html, inlineImages, false);
    }

    /**
     * The safe inner HTML of the body; with {@code remoteImages} true, images with http and https sources
     * are kept (scripts, handlers, style sheets and CSS loads are still removed).
     */
    public static String sanitize(String html, Function<String, Optional<String>> inlineImages, boolean remoteImages) {
        Document dirty = Jsoup.parse(html == null ? "" : html, "");
        Document clean = new Cleaner(remoteImages ? REMOTE_IMAGES : SAFELIST).clean(dirty);
        for (Element image : clean.select("img[src]")) {
            String src = image.attr("src");
            if (src.regionMatches(true, 0, "cid:", 0, 4)) {
                Optional<String> data = inlineImages.apply(contentId(src.substring(4)));
                if (data.isPresent() && data.get().startsWith("data:image/")) {
                    image.attr("src", data.get());
                } else {
                    image.remove();
                }
            }
        }
        // a remote image leaves an image without a source: nothing to show
        clean.select("img:not([src])").remove();
        for (Element styled : clean.select("[style]")) {
            String safe = CssFilter.filter(styled.attr("style"));
            if (safe.isEmpty()) {
                styled.removeAttr("style");
            } else {
                styled.attr("style", safe);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** How many images of a body would be fetched from a server if it were shown as it is. */
    public static int remoteImageCount(String html) {
        if (html == null) {
            return 0;
        }
        int count = 0;
        for (Element image : Jsoup.parse(html, "").select("img[src]")) {
            String src = image.attr("src").strip().toLowerCase(java.util.Locale.ROOT);
            if (src.startsWith("http:") || src.startsWith("https:") || src.startsWith("//")) {
                count++;
            }
        }
        return count;
    }

    /** The content ids a body's images refer to, without angle brackets. */
    public static java.util.Set<String> referencedContentIds(String html) {
        var ids = new java.util.LinkedHashSet<String>();
        if (html == null) {
            return ids;
        }
        for (Element image : Jsoup.parse(html, "").select("img[src]")) {
            String src = image.attr("src");
            if (src.regionMatches(true, 0, "cid:", 0, 4)) {
                ids.add(contentId(src.substring(4)));
            }
        }
        return ids;
    }

    static String contentId(String raw) {
        String id = raw.strip();
        if (id.startsWith("<") && id.endsWith(">") && id.length() >= 2) {
            id = id.substring(1, id.length() - 1);
        }
        return id;
    }
}
