package org.interchange.mapi.client;

import java.net.URI;
import java.util.Objects;

/**
 * The MAPI/HTTP settings autodiscover returned for a mailbox, [MS-OXDSCLI] 2.2.4.1.1.2: the
 * mailbox (EMSMDB) and address book (NSPI) URLs of the Protocol of Type "mapiHttp" (ExternalUrl,
 * else InternalUrl), and the user's display name, legacy DN (the UserDn for {@link MapiSession})
 * and SMTP address.
 */
public record AutodiscoverSettings(String emailAddress, String displayName, String legacyDn, URI mailboxUrl,
                                   URI addressBookUrl) {
    public AutodiscoverSettings {
        Objects.requireNonNull(emailAddress, "emailAddress");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(legacyDn, "legacyDn");
        Objects.requireNonNull(mailboxUrl, "mailboxUrl");
        Objects.requireNonNull(addressBookUrl, "addressBookUrl");
    }
}
