package org.interchange.app.setup;

import java.net.URI;

/** Settings of a mailbox found by autodiscover: where it is, who logs on, and whose it is. */
public record DiscoveredAccount(URI mailboxUrl, String user, String displayName) {
}
