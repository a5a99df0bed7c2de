package org.interchange.mapi.client;

import java.util.Objects;
import java.util.Optional;

/**
 * A mail user (or other object) of the address book, [MS-OXOABK] 2.2.3: its Minimal Entry ID
 * ([MS-OXNSPI] 2.2.9.1, valid for this server), display name, SMTP address, legacy DN
 * (PidTagEmailAddress, address type "EX"), account, object and display type, title and company.
 */
public record AddressBookEntry(int minimalId, String displayName, Optional<String> smtpAddress, String legacyDn,
        Optional<String> account, String addressType, int objectType, int displayType, Optional<String> title,
        Optional<String> companyName) {

    public AddressBookEntry {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(smtpAddress, "smtpAddress");
        Objects.requireNonNull(legacyDn, "legacyDn");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(addressType, "addressType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(companyName, "companyName");
    }
}
