package org.interchange.mapi.server.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@link UserDirectory} that also accepts other logon names (such as SMTP addresses) for its users. */
final class AliasedUserDirectory implements UserDirectory {
    private final UserDirectory users;
    private final Map<String, String> aliases;

    AliasedUserDirectory(UserDirectory users, Map<String, String> aliasToName) {
        this.users = users;
        this.aliases = aliasToName.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> key(e.getKey()), Map.Entry::getValue));
    }

    @Override
    public Optional<String> authenticate(String user, String password) {
        return users.authenticate(resolve(user), password);
    }

    @Override
    public Optional<NtCredential> ntCredential(String user) {
        return users.ntCredential(resolve(user));
    }

    @Override
    public void ntlmVerified(String name) {
        users.ntlmVerified(name);
    }

    @Override
    public Set<String> userNames() {
        return users.userNames();
    }

    private String resolve(String user) {
        return aliases.getOrDefault(key(user), user);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
