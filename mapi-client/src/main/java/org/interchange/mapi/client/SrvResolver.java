package org.interchange.mapi.client;

import java.io.IOException;
import java.util.List;
import org.interchange.mapi.client.internal.autodiscover.JndiSrvResolver;

/**
 * Looks up DNS SRV records, for the autodiscover step of [MS-OXDISCO] 3.1.5.3 that [MS-OXDSCLI]
 * 3.1.5 takes after the candidate URLs: {@code _autodiscover._tcp.<domain>}.
 */
@FunctionalInterface
public interface SrvResolver {

    /** One SRV record ([RFC2782]): lower priority first, higher weight preferred among equals. */
    record SrvRecord(int priority, int weight, int port, String target) {
    }

    /**
     * The SRV records of {@code name}, empty when there are none.
     *
     * @throws IOException when the DNS could not be asked
     */
    List<SrvRecord> lookup(String name) throws IOException;

    /** The system's DNS through the JDK's JNDI DNS provider. */
    static SrvResolver system() {
        return new JndiSrvResolver();
    }
}
