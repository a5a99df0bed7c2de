package org.interchange.mapi.server.accounts;

import java.util.Locale;
import java.util.Objects;

/** A user of the server: login name, display name and SMTP address (the address book and LMTP use it). */
public record Account(String name, String displayName, String emailAddress) {

    public Account {
        name = requireText(name, "name").toLowerCase(Locale.ROOT);
        displayName = requireText(displayName, "display name");
        emailAddress = requireText(emailAddress, "e-mail address").toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("user name '" + name
                    + "' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        int at = emailAddress.indexOf('@');
        if (at < 1 || at != emailAddress.lastIndexOf('@') || at == emailAddress.length() - 1) {
            throw new IllegalArgumentException("'" + emailAddress + "' is not an e-mail address");
        }
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return trimmed;
    }
}
