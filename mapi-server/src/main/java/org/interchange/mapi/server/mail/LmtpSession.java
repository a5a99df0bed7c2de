package org.interchange.mapi.server.mail;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interchange.mapi.server.accounts.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One LMTP dialogue, RFC 2033: LHLO, MAIL, RCPT, DATA with one reply per accepted recipient,
 * RSET, NOOP, VRFY and QUIT, with enhanced status codes (RFC 3463) and the SIZE extension
 * (RFC 1870).
 */
final class LmtpSession {
    private static final Logger LOG = LoggerFactory.getLogger(LmtpSession.class);
    private static final Pattern PATH = Pattern.compile("(?i)^(MAIL FROM|RCPT TO):\\s*<([^<>\\s]*)>(.*)$");
    private static final Pattern SIZE = Pattern.compile("(?i)(?:^|\\s)SIZE=(\\d{1,18})(?:\\s|$)");
    private static final int MAX_LINE_BYTES = 2048;

    record Settings(String hostName, long maxMessageBytes, int maxRecipients, Duration idleTimeout, Clock clock) {
    }

    private final Socket socket;
    private final Settings settings;
    private final MailDelivery delivery;
    private final SmtpLineReader in;
    private final OutputStream out;
    private String client;
    private String sender;
    private final List<Account> recipients = new ArrayList<>();

    LmtpSession(Socket socket, Settings settings, MailDelivery delivery) throws IOException {
        this.socket = socket;
        this.settings = settings;
        this.delivery = delivery;
        socket.setSoTimeout((int) settings.idleTimeout().toMillis());
        this.in = new SmtpLineReader(new BufferedInputStream(socket.getInputStream()), MAX_LINE_BYTES);
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** Tells a connection over the limit to come back later. */
    static void refuseBusy(Socket socket, String hostName) {
        try (socket) {
            socket.getOutputStream().write(("421 4.3.2 " + hostName + " too many connections, try again later\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.debug("refusing a connection: {}", e.getMessage());
        }
    }

    void run() throws IOException {
        reply("220 " + settings.hostName() + " LMTP Interchange ready");
        while (true) {
            String line;
            try {
                line = in.readLine();
            } catch (SmtpLineReader.TooLongException e) {
                reply("500 5.5.2 line too long");
                return;
            }
            if (line == null) {
                return;
            }
            String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
            switch (verb) {
                case "LHLO" -> lhlo(line);
                case "MAIL" -> mail(line);
                case "RCPT" -> rcpt(line);
                case "DATA" -> {
                    if (!data()) {
                        return;
                    }
                }
                case "RSET" -> {
                    reset();
                    reply("250 2.0.0 OK");
                }
                case "NOOP" -> reply("250 2.0.0 OK");
                case "VRFY" -> reply("252 2.5.0 cannot verify, but will try delivery");
                case "QUIT" -> {
                    reply("221 2.0.0 " + settings.hostName() + " closing connection");
                    return;
                }
                case "HELO", "EHLO" -> reply("500 5.5.1 this is an LMTP server: use LHLO");
                default -> reply("500 5.5.1 command not recognized");
            }
        }
    }

    private void lhlo(String line) throws IOException {
        String name = line.substring(4).strip();
        if (name.isEmpty() || !name.matches("[A-Za-z0-9.:\\[\\]_-]{1,255}")) {
            reply("501 5.5.4 LHLO needs a host name or address literal");
            return;
        }
        client = name;
        reset();
        reply("250-" + settings.hostName(), "250-PIPELINING", "250-ENHANCEDSTATUSCODES", "250-8BITMIME",
                "250 SIZE " + settings.maxMessageBytes());
    }

    private void mail(String line) throws IOException {
        if (client == null) {
            reply("503 5.5.1 send LHLO first");
            return;
        }
        if (sender != null) {
            reply("503 5.5.1 sender already given");
            return;
        }
        Matcher m = PATH.matcher(line);
        if (!m.matches() || !m.group(1).equalsIgnoreCase("MAIL FROM")) {
            reply("501 5.5.4 syntax: MAIL FROM:<address>");
            return;
        }
        Matcher size = SIZE.matcher(m.group(3));
        if (size.find() && Long.parseLong(size.group(1)) > settings.maxMessageBytes()) {
            reply("552 5.3.4 message size exceeds " + settings.maxMessageBytes() + " bytes");
            return;
        }
        sender = m.group(2);
        reply("250 2.1.0 OK");
    }

    private void rcpt(String line) throws IOException {
        if (sender == null) {
            reply("503 5.5.1 send MAIL first");
            return;
        }
        Matcher m = PATH.matcher(line);
        if (!m.matches() || !m.group(1).equalsIgnoreCase("RCPT TO") || m.group(2).isEmpty()) {
            reply("501 5.5.4 syntax: RCPT TO:<address>");
            return;
        }
        if (recipients.size() >= settings.maxRecipients()) {
            reply("452 4.5.3 too many recipients");
            return;
        }
        Optional<Account> account = delivery.recipient(m.group(2));
        if (account.isEmpty()) {
            reply("550 5.1.1 <" + m.group(2) + ">: no such user here");
            return;
        }
        recipients.add(account.get());
        reply("250 2.1.5 OK");
    }

    /** Returns false when the connection cannot go on. */
    private boolean data() throws IOException {
        if (recipients.isEmpty()) {
            reply("503 5.5.1 no valid recipients");
            return true;
        }
        reply("354 start mail input; end with <CRLF>.<CRLF>");
        byte[] message;
        try {
            message = in.readData(settings.maxMessageBytes());
        } catch (SmtpLineReader.TooLongException e) {
            for (int i = 0; i < recipients.size(); i++) {
                reply("552 5.3.4 " + e.getMessage());
            }
            reset();
            return e.inSync();
        }
        Instant received = settings.clock().instant();
        for (Account account : recipients) {
            reply(deliverTo(account, message, received));
        }
        reset();
        return true;
    }

    private String deliverTo(Account account, byte[] message, Instant received) {
        byte[] traced = withTraceHeaders(account, message, received);
        try {
            delivery.deliver(account, traced, received);
            LOG.info("delivered {} bytes from <{}> to {}", traced.length, sender, account.name());
            return "250 2.0.0 <" + account.emailAddress() + "> delivered";
        } catch (DeliveryException e) {
            LOG.warn("delivery to {} failed: {}", account.name(), e.getMessage());
            return e.permanent() ? "554 5.6.0 <" + account.emailAddress() + "> " + e.getMessage()
                    : "451 4.3.0 <" + account.emailAddress() + "> " + e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("delivery to {} failed", account.name(), e);
            return "451 4.3.0 <" + account.emailAddress() + "> local error, try again later";
        }
    }

    private byte[] withTraceHeaders(Account account, byte[] message, Instant received) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(received.atOffset(ZoneOffset.UTC));
        String headers = "Return-Path: <" + sender + ">\r\n"
                + "Received: from " + client + " (" + socket.getInetAddress().getHostAddress() + ")\r\n"
                + "\tby " + settings.hostName() + " (Interchange) with LMTP\r\n"
                + "\tfor <" + account.emailAddress() + ">; " + date + "\r\n";
        byte[] head = headers.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + message.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(message, 0, all, head.length, message.length);
        return all;
    }

    private void reset() {
        sender = null;
        recipients.clear();
    }

    private void reply(String... lines) throws IOException {
        for (String line : lines) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\r');
            out.write('\n');
        }
        out.flush();
    }
}
