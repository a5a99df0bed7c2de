package org.interchange.mapi.client.internal.autodiscover;

import static org.assertj.core.api.Assertions.assertThat;

import org.interchange.mapi.client.SrvResolver.SrvRecord;
import org.junit.jupiter.api.Test;

/** How JNDI's text form of an SRV record ([RFC2782]: priority weight port target) is read. */
class JndiSrvResolverTest {

    @Test
    void readsPriorityWeightPortAndTargetWithoutTheFinalDot() {
        assertThat(JndiSrvResolver.parse("0 10 443 Mail.Example.ORG.")).contains(new SrvRecord(0, 10, 443, "mail.example.org"));
    }

    @Test
    void skipsTheNoServiceTargetAndMalformedRecords() {
        assertThat(JndiSrvResolver.parse("0 0 0 .")).isEmpty();
        assertThat(JndiSrvResolver.parse("0 10 mail.example.org.")).isEmpty();
        assertThat(JndiSrvResolver.parse("a b c d")).isEmpty();
    }
}
