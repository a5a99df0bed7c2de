package org.interchange.mapi.server.mail;

import java.time.Instant;
import java.util.Optional;
import org.interchange.mapi.server.accounts.Account;

/** Where the gateway puts incoming mail: finds the account of an address and files a message into its Inbox. */
public interface MailDelivery {

    /** The local account that receives mail for {@code address}, if any. */
    Optional<Account> recipient(String address);

    /**
     * Files one RFC 5322 message into the Inbox of {@code account}.
     *
     * @throws DeliveryException when the message cannot be stored (the MTA keeps it and retries)
     */
    void deliver(Account account, byte[] message, Instant received);
}
