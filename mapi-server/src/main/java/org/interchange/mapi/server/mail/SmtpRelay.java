package org.interchange.mapi.server.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays submitted mail to an MTA over SMTP (RFC 5321) with Angus Mail, using STARTTLS when the
 * relay offers it (or requiring it when configured); the envelope is given, not taken from headers.
 */
public final class SmtpRelay implements OutboundMail {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpRelay.class);
    private static final int TIMEOUT_MS = 60_000;

    private final Session session;
    private final String relay;

    /** A relay at {@code host:port}; with {@code requireTls} a relay without STARTTLS is refused. */
    public SmtpRelay(String host, int port, String heloName, boolean requireTls) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.localhost", heloName);
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", Boolean.toString(requireTls));
        props.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MS));
        props.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MS));
        props.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS));
        props.put("mail.smtp.sendpartial", "false");
        this.session = Session.getInstance(props);
        this.relay = host + ":" + port;
    }

    @Override
    public void send(String envelopeFrom, List<String> recipients, byte[] message) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("no recipients");
        }
        try {
            Address[] to = new Address[recipients.size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(recipients.get(i), true);
            }
            MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(message)) {
                @Override
                protected void updateMessageID() {
                    // keep the Message-ID the client gave
                }
            };
            Session envelope = Session.getInstance(withFrom(envelopeFrom));
            try (Transport transport = envelope.getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(mime, to);
            }
            LOG.info("relayed {} bytes from <{}> to {} recipient(s) via {}", message.length, envelopeFrom, to.length, relay);
        } catch (AddressException e) {
            throw new DeliveryException("bad recipient address: " + e.getMessage(), true, e);
        } catch (SendFailedException e) {
            throw new DeliveryException("relay " + relay + " refused: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new DeliveryException("relay " + relay + " failed: " + e.getMessage(), false, e);
        }
    }

    private Properties withFrom(String envelopeFrom) {
        Properties props = new Properties();
        props.putAll(session.getProperties());
        props.put("mail.smtp.from", envelopeFrom);
        return props;
    }
}
