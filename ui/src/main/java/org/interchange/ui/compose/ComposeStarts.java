package org.interchange.ui.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.internal.Formats;
import org.interchange.ui.reading.HtmlSanitizer;
import org.jsoup.nodes.Entities;

/**
 * Builds the start of a reply, reply to all or forward of a cached message (RFC 5322 3.6.4 In-Reply-To
 * and References, 3.6.5 "Re:" subjects; [MS-OXOMSG] 2.2.1.5 conversation topic): recipients, the
 * prefixed subject, the quoted original and, for a forward, its attachments.
 */
public final class ComposeStarts {
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^\\s*(re|aw|sv|antw)\\s*:\\s*");
    private static final Pattern FORWARD_PREFIX = Pattern.compile("(?i)^\\s*(fw|fwd|wg|tr)\\s*:\\s*");
    private static final Pattern ANY_PREFIX = Pattern.compile("(?i)^\\s*(re|aw|sv|antw|fw|fwd|wg|tr)\\s*:\\s*");

    private final Formats formats;

    public ComposeStarts(Formats formats) {
        this.formats = formats;
    }

    /** "Re: " before the subject unless it already starts with a reply prefix. */
    public static String replySubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        return REPLY_PREFIX.matcher(s).find() ? s : "Re: " + s;
    }

    /** "Fw: " before the subject unless it already starts with a forward prefix. */
    public static String forwardSubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        return FORWARD_PREFIX.matcher(s).find() ? s : "Fw: " + s;
    }

    /** The subject without any leading reply or forward prefixes ([MS-OXOMSG] 2.2.1.5's normalized subject). */
    public static String normalizedSubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        String before;
        do {
            before = s;
            s = ANY_PREFIX.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s;
    }

    /**
     * A reply to the sender, or with {@code all} also to the other recipients; addresses in {@code own}
     * (lower case) are left out, and so are entries without an address.
     */
    public ComposeStart reply(ItemDetail original, boolean all, Set<String> own) {
        ItemSummary s = original.summary();
        List<String> to = new ArrayList<>();
        List<String> cc = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(own);
        addIfNew(to, s.sender(), seen);
        if (all) {
            boolean split = original.field(ItemFields.TO) != null || original.field(ItemFields.CC) != null;
            List<String> others = split ? lines(original.field(ItemFields.TO)) : Recipients.split(original.recipients());
            for (String r : others) {
                addIfNew(split ? to : cc, r, seen);
            }
            for (String r : split ? lines(original.field(ItemFields.CC)) : List.<String>of()) {
                addIfNew(cc, r, seen);
            }
        }
        String header = "On " + formats.fullDate(s.date()) + ", " + nonEmpty(s.sender(), "someone") + " wrote:";
        boolean rich = hasHtml(original);
        String text = "\n\n" + header + "\n" + quoted(plainOf(original));
        String html = "<p><br></p><p>" + Entities.escape(header) + "</p><blockquote type=\"cite\">" + htmlOf(original)
                + "</blockquote>";
        return new ComposeStart(Recipients.join(to), Recipients.join(cc), replySubject(s.subject()), text, html, rich,
                List.of(), threading(original));
    }

    /** A forward: no recipients, the original below a header block, its attachments attached again. */
    public ComposeStart forward(ItemDetail original) {
        ItemSummary s = original.summary();
        Map<String, String> header = new LinkedHashMap<>();
        header.put("Subject", nonEmpty(s.subject(), ""));
        header.put("Date", formats.fullDate(s.date()));
        header.put("From", nonEmpty(s.sender(), ""));
        header.put("To", nonEmpty(original.recipients(), ""));
        StringBuilder text = new StringBuilder("\n\n-------- Forwarded Message --------\n");
        StringBuilder html = new StringBuilder("<p><br></p><p>-------- Forwarded Message --------</p><table>");
        header.forEach((name, value) -> {
            text.append(name).append(": ").append(value).append('\n');
            html.append("<tr><th align=\"right\">").append(name).append(": </th><td>").append(Entities.escape(value))
                    .append("</td></tr>");
        });
        text.append('\n').append(plainOf(original));
        html.append("</table><br>").append(htmlOf(original));
        Map<String, String> threading = new LinkedHashMap<>();
        threading.put(ItemFields.CONVERSATION_TOPIC, topic(original));
        return new ComposeStart("", "", forwardSubject(s.subject()), text.toString(), html.toString(),
                hasHtml(original), original.attachments(), threading);
    }

    /** In-Reply-To and References when the original's Message-ID is cached, and the conversation topic. */
    private static Map<String, String> threading(ItemDetail original) {
        Map<String, String> threading = new LinkedHashMap<>();
        String id = original.field(ItemFields.MESSAGE_ID);
        if (id != null && !id.isBlank()) {
            threading.put(ItemFields.IN_REPLY_TO, id.strip());
            String before = original.field(ItemFields.REFERENCES);
            threading.put(ItemFields.REFERENCES, before == null || before.isBlank() ? id.strip()
                    : before.strip() + " " + id.strip());
        }
        threading.put(ItemFields.CONVERSATION_TOPIC, topic(original));
        return threading;
    }

    private static String topic(ItemDetail original) {
        String topic = original.field(ItemFields.CONVERSATION_TOPIC);
        return topic != null && !topic.isBlank() ? topic : normalizedSubject(original.summary().subject());
    }

    private static void addIfNew(List<String> into, String person, Set<String> seen) {
        Optional<String> address = Recipients.address(person);
        if (address.isPresent() && seen.add(address.get())) {
            into.add(person.strip());
        }
    }

    private static List<String> lines(String value) {
        return value == null ? List.of() : value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean hasHtml(ItemDetail d) {
        return d.bodyHtml() != null && !d.bodyHtml().isBlank();
    }

    private static String plainOf(ItemDetail d) {
        if (d.bodyText() != null && !d.bodyText().isBlank()) {
            return d.bodyText().replace("\r\n", "\n");
        }
        return hasHtml(d) ? HtmlText.toText(HtmlSanitizer.sanitize(d.bodyHtml())) : "";
    }

    /** The original as safe HTML: its own HTML sanitized (no scripts, no remote loads), else its text escaped. */
    private static String htmlOf(ItemDetail d) {
        return hasHtml(d) ? HtmlSanitizer.sanitize(d.bodyHtml()) : HtmlText.fromText(plainOf(d));
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\n", -1)) {
            out.append(line.startsWith(">") ? ">" : "> ").append(line).append('\n');
        }
        return out.toString();
    }

    private static String nonEmpty(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** The lower-cased addresses among {@code values} (e.g. an account's name and user), for {@link #reply}. */
    public static Set<String> addresses(String... values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            Recipients.address(v).map(a -> a.toLowerCase(Locale.ROOT)).ifPresent(out::add);
        }
        return out;
    }
}
