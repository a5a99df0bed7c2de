package org.interchange.mapi.server.runtime;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.http.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoints' users taken from the {@link AccountDirectory}. A MAPI client sends its
 * Basic credentials with every request, and an Argon2id check costs tens of milliseconds, so a
 * verified name and password are remembered for a few minutes as an HMAC under a key that exists
 * only in this process. Users may log on with their name or their SMTP address. NTLMv2 ([MS-NLMP]
 * 3.3.2) uses the NT hash the accounts keep when {@code auth.ntlm} is on; an account without one (its
 * password was set before, or while NTLM was off) is refused with a log line asking for a new password.
 * Each account whose password was just verified is handed to a listener (the runtime makes sure it
 * has a mailbox with its display name and address before the logon would make one up).
 */
public final class AccountUserDirectory implements UserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(AccountUserDirectory.class);
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final AccountDirectory accounts;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Instant> verified = new ConcurrentHashMap<>();
    private final Consumer<Account> onVerified;

    public AccountUserDirectory(AccountDirectory accounts, Clock clock, Consumer<Account> onVerified) {
        this.accounts = accounts;
        this.clock = clock;
        this.onVerified = onVerified;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Optional<String> authenticate(String user, String password) {
        String name = accountName(user);
        String token = token(name, password);
        Instant now = clock.instant();
        Instant until = verified.get(token);
        if (until != null && now.isBefore(until) && accounts.find(name).isPresent()) {
            return Optional.of(name);
        }
        Optional<Account> account = accounts.authenticate(name, password.toCharArray());
        account.ifPresent(onVerified);
        Optional<String> result = account.map(Account::name);
        if (result.isPresent()) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.entrySet().removeIf(e -> !now.isBefore(e.getValue()));
            }
            if (verified.size() < MAX_REMEMBERED) {
                verified.put(token, now.plus(REMEMBER));
            }
        } else {
            verified.remove(token);
        }
        return result;
    }

    @Override
    public Optional<NtCredential> ntCredential(String user) {
        String name = accountName(user);
        Optional<byte[]> hash = accounts.ntHash(name);
        if (hash.isEmpty() && accounts.find(name).isPresent()) {
            LOG.warn("NTLM logon of {} refused: the account keeps no NT hash (its password was set before NT hashes"
                    + " were kept, or with auth.ntlm off); set its password again with"
                    + " 'interchange-server user passwd {}' to enable NTLM, Basic works meanwhile", name, name);
        }
        return hash.map(h -> new NtCredential(name, h));
    }

    @Override
    public void ntlmVerified(String name) {
        accounts.find(name).ifPresent(onVerified);
    }

    @Override
    public Set<String> userNames() {
        return accounts.list().stream().map(Account::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The account name of a logon name, which may be the account's SMTP address. */
    private String accountName(String user) {
        String typed = user.strip().toLowerCase(Locale.ROOT);
        return typed.contains("@") ? accounts.findByAddress(typed).map(Account::name).orElse(typed) : typed;
    }

    private String token(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
