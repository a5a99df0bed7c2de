package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;

import org.interchange.mapi.codec.testutil.HexVectors;
import org.junit.jupiter.api.Test;

class CaptureSmokeTest {
    @Test
    void captures() {
        for (String f : new String[] {"openchange/001_Outlook_2007_in_ModifyRecipients_rgbIn_decompressed.hex",
                "openchange/002_Outlook_2007_in_Tables_operations_rgbIn_decompressed.hex"}) {
            byte[] bytes = HexVectors.dump(f);
            RopRequestBuffer buffer = RopRequestBuffer.decode(bytes);
            assertThat(buffer.encode()).isEqualTo(bytes);
        }
    }
}
