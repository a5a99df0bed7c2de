package org.interchange.mapi.codec.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

/** The fuzz targets reach what they claim: seeds that decode, and every MAPI/HTTP body decoder. */
class FuzzTargetsTest {

    @Test
    void everyTargetHasASeedThatDecodesCompletely() {
        for (String target : FuzzTargets.ALL.keySet()) {
            List<byte[]> seeds = Seeds.of(target);
            assertThat(seeds).as(target).isNotEmpty();
            long clean = seeds.stream().filter(seed -> decodes(target, seed)).count();
            assertThat(clean).as(target + " seeds that decode without error").isPositive();
        }
    }

    @Test
    void mapiHttpBodiesReachEveryEmsmdbAndNspiBody() {
        assertThat(FuzzTargets.bodyDecoderClasses()).hasSizeGreaterThanOrEqualTo(40).contains(
                "org.interchange.mapi.codec.http.ConnectRequest", "org.interchange.mapi.codec.http.ExecuteResponse",
                "org.interchange.mapi.codec.http.nspi.BindRequest", "org.interchange.mapi.codec.http.nspi.QueryRowsResponse");
    }

    private static boolean decodes(String target, byte[] seed) {
        try {
            FuzzTargets.ALL.get(target).accept(seed);
            return true;
        } catch (MapiCodecException e) {
            return false;
        }
    }
}
