package org.interchange.cache.spi;

import java.util.Objects;

/**
 * One mail user of the server's global address list ([MS-OXOABK] 2.2.3.1 PidTagDisplayName, 2.2.3.14
 * PidTagSmtpAddress), as a backend hands it to {@link BackendStorage#replaceAddressList} for recipient completion.
 */
public record RemoteAddress(String displayName, String email) {

    public RemoteAddress {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
    }
}
