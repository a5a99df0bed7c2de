package org.interchange.mapi.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = PasswordHasher.withCost(64, 1);

    @Test
    void hashesInPhcFormatWithARandomSalt() {
        String a = hasher.hash("password1".toCharArray());
        String b = hasher.hash("password1".toCharArray());
        assertThat(a).startsWith("$argon2id$v=19$m=64,t=1,p=1$").isNotEqualTo(b);
        assertThat(hasher.verify("password1".toCharArray(), a)).isTrue();
        assertThat(hasher.verify("password2".toCharArray(), a)).isFalse();
    }

    @Test
    void costTravelsWithTheHash() {
        // A hash made by this hasher verifies under a hasher of another cost: the cost travels with the hash.
        String phc = PasswordHasher.withCost(32, 3).hash("é ünïcode".toCharArray());
        assertThat(hasher.verify("é ünïcode".toCharArray(), phc)).isTrue();
        assertThat(hasher.needsRehash(phc)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("x".toCharArray()))).isFalse();
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        for (String bad : new String[] {"", "plain", "$argon2i$v=19$m=64,t=1,p=1$AAAA$AAAA",
                "$argon2id$v=19$m=99999999,t=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA",
                "$argon2id$v=19$m=64,t=1,p=1$!!!$AAAAAAAAAAAAAAAAAAAAAA", "$argon2id$v=19$m=x,t=1,p=1$AA$AA"}) {
            assertThat(hasher.verify("anything".toCharArray(), bad)).as(bad).isFalse();
        }
    }
}
