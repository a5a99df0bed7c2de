package org.interchange.mapi.client.internal.autodiscover;

import java.net.URI;

/** What an autodiscover POX response says, [MS-OXDSCLI] 2.2.4: settings, a redirect, or an error. */
public sealed interface PoxAnswer {
    /** Action "settings" with the mapiHttp Protocol; URLs are null when the response lacked them. */
    record Settings(String displayName, String legacyDn, String smtpAddress, URI mailboxUrl, URI addressBookUrl)
            implements PoxAnswer {
    }

    /** Action "redirectAddr": ask again for this e-mail address. */
    record RedirectAddress(String emailAddress) implements PoxAnswer {
    }

    /** Action "redirectUrl": send the same request to this URL. */
    record RedirectUrl(URI url) implements PoxAnswer {
    }

    /** An Error element. */
    record Error(String code, String message) implements PoxAnswer {
    }
}
