package org.interchange.mapi.server.http;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The users allowed to connect ([MS-OXCMAPIHTTP] 2.1): checks passwords for HTTP Basic (RFC 7617),
 * gives NT hashes for NTLMv2 ([MS-NLMP] 3.3.2) where kept, and lists the users for the address
 * book. User names compare case-insensitively.
 */
public interface UserDirectory {

    /** The canonical user name if {@code password} is that user's password. */
    Optional<String> authenticate(String user, String password);

    /** The canonical name and NT hash of a user who has one, [MS-NLMP] 3.3.1; empty when NTLM is not possible. */
    Optional<NtCredential> ntCredential(String user);

    /** Told that {@code name} (as given by {@link #ntCredential}) proved its password with NTLMv2; by default nothing happens. */
    default void ntlmVerified(String name) {
    }

    /** The user names, as given (the address book lists them). */
    Set<String> userNames();

    /** A user's canonical name and the MD4 NT hash of the password. */
    record NtCredential(String name, byte[] ntHash) {
        @Override
        public String toString() {
            return "NtCredential[" + name + "]";
        }
    }

    /** This directory, also accepting each alias (for example an SMTP address) as its user's logon name. */
    default UserDirectory withAliases(Map<String, String> aliasToName) {
        return new AliasedUserDirectory(this, aliasToName);
    }

    /** Users with passwords known at start-up, for Basic authentication only (kept as salted digests). */
    static UserDirectory of(Map<String, String> passwords) {
        return InMemoryUserDirectory.of(passwords);
    }

    /**
     * As {@link #of}, also keeping each user's NT hash for NTLMv2. The NT hash is as good as the
     * password to an attacker who reads memory; use only when NTLM is wanted.
     */
    static UserDirectory withNtHashes(Map<String, String> passwords) {
        return InMemoryUserDirectory.withNtHashes(passwords);
    }
}
