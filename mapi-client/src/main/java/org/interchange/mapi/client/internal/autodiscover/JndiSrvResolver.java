package org.interchange.mapi.client.internal.autodiscover;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import org.interchange.mapi.client.SrvResolver;

/**
 * DNS SRV lookups ([RFC2782]) through the JDK's JNDI DNS provider and the system's resolvers, for
 * the autodiscover SRV step of [MS-OXDISCO] 3.1.5.3. Two seconds per try, one retry.
 */
public final class JndiSrvResolver implements SrvResolver {

    @Override
    public List<SrvRecord> lookup(String name) throws IOException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        env.put("com.sun.jndi.dns.timeout.initial", "2000");
        env.put("com.sun.jndi.dns.timeout.retries", "1");
        DirContext dns = null;
        try {
            dns = new InitialDirContext(env);
            Attribute srv = dns.getAttributes(name, new String[] {"SRV"}).get("SRV");
            List<SrvRecord> records = new ArrayList<>();
            if (srv != null) {
                NamingEnumeration<?> values = srv.getAll();
                while (values.hasMore()) {
                    parse(String.valueOf(values.next())).ifPresent(records::add);
                }
            }
            return records;
        } catch (NameNotFoundException none) {
            return List.of();
        } catch (NamingException e) {
            throw new IOException("DNS SRV lookup of " + name + " failed: " + e.getMessage(), e);
        } finally {
            if (dns != null) {
                try {
                    dns.close();
                } catch (NamingException ignored) {
                    // nothing held open
                }
            }
        }
    }

    /** "priority weight port target." as JNDI prints an SRV record; malformed records are skipped. */
    static Optional<SrvRecord> parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            String target = parts[3].endsWith(".") ? parts[3].substring(0, parts[3].length() - 1) : parts[3];
            if (target.isEmpty()) {
                return Optional.empty(); // "." means the service is decidedly not available
            }
            return Optional.of(new SrvRecord(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), target.toLowerCase(Locale.ROOT)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
