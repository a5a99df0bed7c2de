package org.interchange.app.setup;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.interchange.mapi.client.Autodiscover;
import org.interchange.mapi.client.AutodiscoverSettings;
import org.interchange.mapi.client.MapiAuthenticationException;
import org.interchange.mapi.client.MapiAuthenticator;
import org.interchange.mapi.client.MapiAutodiscoverException;
import org.interchange.mapi.client.MapiCertificateException;
import org.interchange.mapi.client.MapiException;
import org.interchange.mapi.client.MapiSession;
import org.interchange.mapi.client.MapiTimeoutException;
import org.interchange.mapi.client.MapiTransportException;

/**
 * The wizard's probe for MAPI servers: POX autodiscover ([MS-OXDSCLI]) with the address as the
 * logon name, then, like Thunderbird, with the part before the {@code @}; the test is a real
 * Connect and RopLogon. Library errors become sentences a user can act on.
 */
public final class MapiAccountProbe implements AccountProbe {
    private final Function<String, List<URI>> candidates;
    private final boolean allowPlainHttp;

    /** A probe that asks the standard autodiscover URLs of the address's domain over HTTPS. */
    public static MapiAccountProbe standard() {
        return new MapiAccountProbe(Autodiscover::standardCandidates, false);
    }

    /** A probe that asks one given autodiscover URL (an administrator's override, or a local server). */
    public static MapiAccountProbe at(URI autodiscoverUrl) {
        return new MapiAccountProbe(domain -> List.of(autodiscoverUrl), "http".equalsIgnoreCase(autodiscoverUrl.getScheme()));
    }

    private MapiAccountProbe(Function<String, List<URI>> candidates, boolean allowPlainHttp) {
        this.candidates = candidates;
        this.allowPlainHttp = allowPlainHttp;
    }

    @Override
    public DiscoveredAccount discover(String email, char[] password) throws SetupException {
        String localPart = email.substring(0, email.indexOf('@'));
        MapiAutodiscoverException last = null;
        for (String logon : List.of(email, localPart)) {
            try (Autodiscover autodiscover = Autodiscover.builder(MapiAuthenticator.basic(logon, password))
                    .candidates(candidates).allowPlainHttp(allowPlainHttp).build()) {
                AutodiscoverSettings settings = autodiscover.discover(email);
                return new DiscoveredAccount(settings.mailboxUrl(), sessionUser(settings, logon, password),
                        settings.displayName());
            } catch (MapiAutodiscoverException e) {
                last = e;
                if (e.attempts().stream().noneMatch(a -> a.contains("401"))) {
                    break;
                }
            } catch (MapiException e) {
                throw plain(e, domainOf(email));
            }
        }
        String domain = domainOf(email);
        if (last != null && last.attempts().stream().anyMatch(a -> a.contains("401"))) {
            throw new SetupException("The server for " + domain + " did not accept this address and password.", last);
        }
        throw new SetupException("No server for " + domain + " answered the automatic set-up (autodiscover).", last);
    }

    /**
     * The name the account's sessions use. The sync plugin names the mailbox by its logon name, so
     * when the mailbox's legacy DN ends in a common name that also logs on (as on mapi-server, where
     * it is the account name), that name is used; otherwise the name autodiscover accepted.
     */
    private static String sessionUser(AutodiscoverSettings settings, String logon, char[] password) {
        String dn = settings.legacyDn();
        int cn = dn.toLowerCase(java.util.Locale.ROOT).lastIndexOf("/cn=");
        String name = cn < 0 ? "" : dn.substring(cn + 4);
        if (name.isEmpty() || name.equalsIgnoreCase(logon)) {
            return logon;
        }
        try (MapiSession session = MapiSession.connect(settings.mailboxUrl(), name, password)) {
            session.logon();
            return name;
        } catch (MapiException e) {
            return logon;
        }
    }

    @Override
    public void test(URI mailboxUrl, String user, char[] password) throws SetupException {
        try (MapiSession session = MapiSession.connect(mailboxUrl, user, password)) {
            session.logon();
        } catch (MapiException e) {
            throw plain(e, mailboxUrl.getHost());
        }
    }

    private static SetupException plain(MapiException e, String host) {
        return switch (e) {
            case MapiAuthenticationException a -> new SetupException("The user name or password is wrong.", a);
            case MapiCertificateException c -> new SetupException("The certificate of " + host
                    + " is not trusted (" + c.subject() + ", issued by " + c.issuer() + ").", c);
            case MapiTimeoutException t -> new SetupException(host + " did not answer in time.", t);
            case MapiTransportException t -> new SetupException("Cannot reach " + host + ": " + t.getMessage(), t);
            default -> new SetupException("The server answered in a way Interchange does not understand: "
                    + e.getMessage(), e);
        };
    }

    private static String domainOf(String email) {
        return email.substring(email.indexOf('@') + 1);
    }
}
