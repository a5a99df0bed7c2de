package org.interchange.mapi.server.rop.oxcstor;

import java.util.Locale;

/**
 * The distinguished names this server gives users: the DnPrefix of the Connect response,
 * [MS-OXCMAPIHTTP] 2.2.4.1.2, followed by "/cn=Recipients/cn=" and the user name. RopLogon's
 * ESSDN ([MS-OXCSTOR] 2.2.1.1.1) names the mailbox the same way.
 */
public final class UserDn {
    public static final String PREFIX = "/o=Interchange/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)";
    private static final String RECIPIENT = "/cn=";

    private UserDn() {
    }

    public static String of(String user) {
        return PREFIX + "/cn=Recipients/cn=" + user;
    }

    /** The user a DN names: the value of its last "/cn=" component (any case), or the whole string. */
    public static String userOf(String dn) {
        int at = dn.toLowerCase(Locale.ROOT).lastIndexOf(RECIPIENT);
        return at < 0 ? dn : dn.substring(at + RECIPIENT.length());
    }
}
