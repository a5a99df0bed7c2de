package org.interchange.benchmarks.sync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * A generated mailbox for the sync benchmark ([RFC 5322] messages, [RFC 2046] multipart): every message
 * multipart/alternative (plain and HTML), about one in ten multipart/mixed with an attachment of 50 KB or
 * more, a mean near 10 KB, spread over ten folders of unequal size. The same seed gives the same bytes.
 */
final class Corpus {
    /** The ten folders, largest first. */
    static final List<String> FOLDERS = List.of("Inbox Archive", "Projects", "Lists", "Customers", "Reports",
            "Travel", "Finance", "Family", "Receipts", "Old");
    private static final double[] SHARES = {0.28, 0.20, 0.14, 0.10, 0.08, 0.06, 0.05, 0.04, 0.03, 0.02};
    private static final String[] WORDS = ("the release plan meeting budget review customer report travel "
            + "invoice project schedule team update question answer draft final summary numbers office build "
            + "server client cache folder sync message please thanks regards tomorrow friday week month").split(" ");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");

    /** One message: its folder (index into {@link #FOLDERS}), read state and RFC 5322 bytes. */
    record Message(int index, int folder, boolean read, byte[] mime) {
    }

    private final long seed;

    Corpus(long seed) {
        this.seed = seed;
    }

    /** Message {@code i}; the same index always gives the same message. */
    Message message(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        int folder = folderOf(r.nextDouble());
        boolean read = r.nextInt(10) < 7;
        boolean attachment = r.nextInt(10) == 0;
        String subject = sentence(r, 3 + r.nextInt(6));
        String from = WORDS[r.nextInt(WORDS.length)] + "." + WORDS[r.nextInt(WORDS.length)] + "@example.org";
        Instant date = START.plusSeconds(i * 600L + r.nextInt(600));
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            text.append(sentence(r, 20 + r.nextInt(60))).append(".\r\n\r\n");
        }
        String html = "<html><body>" + text.toString().replace("\r\n\r\n", "</p><p>")
                .transform(t -> "<p>" + t + "</p>") + "</body></html>";
        String alt = "alt-" + i;
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(from).append("\r\n")
                .append("To: Bench User <bench@interchange.example>\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Date: ").append(RFC_1123.format(date)).append("\r\n")
                .append("Message-ID: <").append(i).append('.').append(seed).append("@bench.interchange.example>\r\n")
                .append("MIME-Version: 1.0\r\n");
        String mixed = "mix-" + i;
        if (attachment) {
            m.append("Content-Type: multipart/mixed; boundary=\"").append(mixed).append("\"\r\n\r\n")
                    .append("--").append(mixed).append("\r\n");
        }
        m.append("Content-Type: multipart/alternative; boundary=\"").append(alt).append("\"\r\n\r\n")
                .append("--").append(alt).append("\r\n")
                .append("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append(text).append("\r\n--").append(alt).append("\r\n")
                .append("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append(html).append("\r\n--").append(alt).append("--\r\n");
        if (attachment) {
            byte[] data = new byte[50 * 1024 + r.nextInt(30 * 1024)];
            r.nextBytes(data);
            m.append("\r\n--").append(mixed).append("\r\n")
                    .append("Content-Type: application/octet-stream; name=\"data-").append(i).append(".bin\"\r\n")
                    .append("Content-Disposition: attachment; filename=\"data-").append(i).append(".bin\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(data))
                    .append("\r\n--").append(mixed).append("--\r\n");
        }
        return new Message(i, folder, read, m.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int folderOf(double x) {
        double sum = 0;
        for (int f = 0; f < SHARES.length; f++) {
            sum += SHARES[f];
            if (x < sum) {
                return f;
            }
        }
        return SHARES.length - 1;
    }

    private static String sentence(Random r, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[r.nextInt(WORDS.length)];
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.toString();
    }
}
