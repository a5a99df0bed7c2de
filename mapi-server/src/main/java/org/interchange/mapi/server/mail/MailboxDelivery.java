package org.interchange.mapi.server.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.interchange.mapi.objects.mime.MimeConversionException;
import org.interchange.mapi.objects.mime.MimeMessageReader;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.rop.oxorule.InboxRules;
import org.interchange.mapi.server.store.Mailbox;
import org.interchange.mapi.server.store.MailboxStore;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.StoreException;

/**
 * Delivers mail into the store: the MIME message becomes a message object ([MS-OXCMAIL] 2.2.3)
 * filed, unread and with the delivery time set, through the server-side rules of the recipient's
 * Inbox ([MS-OXORULE] 3.2.5.1, see {@link InboxRules}); a mailbox is created for an account that
 * has none yet.
 */
public final class MailboxDelivery implements MailDelivery {
    private final AccountDirectory accounts;
    private final MailboxStore store;
    private final Consumer<String> delivered;

    public MailboxDelivery(AccountDirectory accounts, MailboxStore store) {
        this(accounts, store, user -> { });
    }

    /** As above; {@code delivered} hears the user name after each message is stored (to wake waiting clients). */
    public MailboxDelivery(AccountDirectory accounts, MailboxStore store, Consumer<String> delivered) {
        this.accounts = accounts;
        this.store = store;
        this.delivered = delivered;
    }

    @Override
    public Optional<Account> recipient(String address) {
        return accounts.findByAddress(address);
    }

    @Override
    public void deliver(Account account, byte[] message, Instant received) {
        file(account, parse(message), received);
    }

    private static MapiMessage parse(byte[] message) {
        try {
            return MimeMessageReader.readEml(message);
        } catch (MimeConversionException e) {
            throw new DeliveryException("message cannot be parsed: " + e.getMessage(), true, e);
        }
    }

    /** Stores the message unread through the Inbox rules. */
    private void file(Account account, MapiMessage mapi, Instant received) {
        try {
            Mailbox mailbox = mailboxOf(account);
            List<PropertyValue> props = new ArrayList<>();
            for (PropertyValue value : mapi.properties().values()) {
                if (value.tag().equals(PidTag.MESSAGE_DELIVERY_TIME)) {
                    continue;
                }
                props.add(value.tag().equals(PidTag.MESSAGE_FLAGS)
                        ? PropertyValue.of(PidTag.MESSAGE_FLAGS, value.asInt() & ~PidTag.MSGFLAG_READ) : value);
            }
            props.add(PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, received));
            NewMessage message = new NewMessage(props, mapi.recipients().stream().map(PropertyBag::values).toList(),
                    mapi.attachments().stream().map(PropertyBag::values).toList());
            InboxRules.deliver(store, mailbox, message);
            delivered.accept(account.name());
        } catch (StoreException e) {
            throw new DeliveryException("mailbox of " + account.name() + " cannot store the message", false, e);
        }
    }

    private Mailbox mailboxOf(Account account) {
        return store.findMailbox(account.name()).orElseGet(
                () -> store.createMailbox(account.name(), account.displayName(), account.emailAddress()));
    }
}
