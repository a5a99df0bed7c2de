package org.interchange.mapi.server.mail;

import java.util.List;

/** Hands a submitted message to the outside world ([MS-OXOMSG] 3.2.5.1 message submission): an MTA relays it. */
public interface OutboundMail {

    /**
     * Sends {@code message} (RFC 5322 bytes) from {@code envelopeFrom} to every address in {@code recipients}.
     *
     * @throws DeliveryException when the relay refuses or cannot be reached
     */
    void send(String envelopeFrom, List<String> recipients, byte[] message);
}
