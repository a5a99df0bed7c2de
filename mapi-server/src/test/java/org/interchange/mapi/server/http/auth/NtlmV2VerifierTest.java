package org.interchange.mapi.server.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** NTOWFv1 and NTProofStr against the examples of [MS-NLMP] 4.2.2.1.2 and 4.2.4. */
class NtlmV2VerifierTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void ntHashOfTheSpecExamplePassword() {
        assertThat(HEX.formatHex(NtlmV2Verifier.ntHash("Password"))).isEqualTo("a4f49c406510bdcab6824ee7c30fd852");
    }

    @Test
    void acceptsTheSpecExampleResponseAndRefusesAlteredOnes() {
        byte[] serverChallenge = HEX.parseHex("0123456789abcdef");
        ByteArrayOutputStream temp = new ByteArrayOutputStream();
        temp.writeBytes(HEX.parseHex("0101" + "0000" + "00000000" + "0000000000000000" + "aaaaaaaaaaaaaaaa" + "00000000"));
        temp.writeBytes(HEX.parseHex("02000c0044006f006d00610069006e00" + "01000c005300650072007600650072000000"
                + "0000"));
        temp.writeBytes(HEX.parseHex("00000000"));
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        response.writeBytes(HEX.parseHex("68cd0ab851e51c96aabc927bebef6a1c"));
        response.writeBytes(temp.toByteArray());
        byte[] nt = response.toByteArray();
        byte[] hash = NtlmV2Verifier.ntHash("Password");

        assertThat(NtlmV2Verifier.verify(hash, "User", "Domain", serverChallenge, nt)).isTrue();
        assertThat(NtlmV2Verifier.verify(hash, "user", "Domain", serverChallenge, nt)).as("user is upper-cased").isTrue();
        assertThat(NtlmV2Verifier.verify(NtlmV2Verifier.ntHash("password"), "User", "Domain", serverChallenge, nt))
                .isFalse();
        assertThat(NtlmV2Verifier.verify(hash, "User", "Domain", HEX.parseHex("0123456789abcdee"), nt)).isFalse();
        nt[20] ^= 1;
        assertThat(NtlmV2Verifier.verify(hash, "User", "Domain", serverChallenge, nt)).isFalse();
    }

    @Test
    void ntlmV1SizedResponsesAreRefused() {
        assertThat(NtlmV2Verifier.verify(NtlmV2Verifier.ntHash("Password"), "User", "Domain", new byte[8],
                new byte[24])).isFalse();
    }
}
