package org.interchange.app.setup;

import java.net.URI;

/** What the wizard asks of a protocol: find the server of an address, and check that a logon works. */
public interface AccountProbe {

    /** The server settings for {@code email}, found by autodiscover ([MS-OXDSCLI] 3.1.5). */
    DiscoveredAccount discover(String email, char[] password) throws SetupException;

    /** Logs on with these settings and off again; fails with a message in plain words. */
    void test(URI mailboxUrl, String user, char[] password) throws SetupException;
}
