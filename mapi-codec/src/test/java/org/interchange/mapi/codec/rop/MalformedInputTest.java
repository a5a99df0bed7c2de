package org.interchange.mapi.codec.rop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.interchange.mapi.codec.testutil.HexVectors.hex;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.testutil.HexVectors;
import org.junit.jupiter.api.Test;

class MalformedInputTest {
    private static final String[] CAPTURES = {
        "openchange/001_Outlook_2007_in_ModifyRecipients_rgbIn_decompressed.hex",
        "openchange/002_Outlook_2007_in_Tables_operations_rgbIn_decompressed.hex"};

    @Test
    void emptyAndTinyBuffers() {
        assertThatThrownBy(() -> RopRequestBuffer.decode(new byte[0]))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("needs 2 bytes");
        assertThatThrownBy(() -> RopRequestBuffer.decode(hex("0100")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("RopSize 1 is smaller");
    }

    @Test
    void ropSizeLargerThanTheData() {
        assertThatThrownBy(() -> RopRequestBuffer.decode(hex("6400 01 00 00")))
                .isInstanceOf(MapiCodecException.class)
                .hasMessage("RopSize 100 is larger than the 5 bytes of the buffer");
    }

    @Test
    void handleTableOfPartialHandles() {
        assertThatThrownBy(() -> RopRequestBuffer.decode(hex("0500 010000 ffff")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("not a whole number of 4-byte handles");
    }

    @Test
    void ropCutShortByRopSize() {
        assertThatThrownBy(() -> RopRequestBuffer.decode(hex("0700 02 00 00 01 0100 00000000")))
                .isInstanceOf(MapiCodecException.class)
                .hasMessage("RopOpenFolder (0x02) request at offset 2: uint64: needs 8 bytes at offset 6 but only 1 remain");
    }

    @Test
    void absurdCountsFailBeforeAllocating() {
        assertThatThrownBy(() -> RopRequestBuffer.decode(hex("0a00 12 00 01 00 ffff 14004867")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("65535 property tags: needs 262140 bytes");
        assertThatThrownBy(() -> RopRequestBuffer.decode(hex("1100 0a 00 00 0a00 0100 03100000 ffffffff")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("claims 4294967295 values");
        assertThatThrownBy(() -> RopRequestBuffer.decode(hex("0900 56 00 00 02 ffff 00")))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("PropertyNames: 65535 claimed");
        RopRequest query = new RopQueryRowsRequest(0, 0, 0, true, 10);
        assertThatThrownBy(() -> RopResponseBuffer.decode(hex("0c00 15 00 00000000 02 ffff 00 00"), List.of(query),
                i -> Optional.of(List.of(new PropertyTag(0x0E080003)))))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("65535 rows claimed");
    }

    @Test
    void unknownRopIdIsReportedWithTheRopsBeforeIt() {
        UnsupportedRopException e = (UnsupportedRopException) catchThrowable(
                () -> RopRequestBuffer.decode(hex("0800 01 00 00 28 00 00")));
        assertThat(e).hasMessage("unknown RopId 0x28 at offset 5 is not supported by this codec");
        assertThat(e.ropIdCode()).isEqualTo(0x28);
        assertThat(e.offset()).isEqualTo(5);
        assertThat(e.requestsBefore()).containsExactly(new RopReleaseRequest(0, 0));
    }

    @Test
    void specifiedButUnsupportedRopIsNamed() {
        assertThatThrownBy(() -> RopRequestBuffer.decode(hex("0500 2a 00 00")))
                .isInstanceOf(UnsupportedRopException.class)
                .hasMessage("RopNotify (0x2A) at offset 2 is not supported by this codec");
    }

    @Test
    void responseWithoutMatchingRequest() {
        assertThatThrownBy(() -> RopResponseBuffer.decode(hex("0800 02 01 00000000"),
                List.of(new RopQueryRowsRequest(0, 0, 0, true, 1)), TableColumns.none()))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("answers none of the remaining requests");
    }

    @Test
    void queryRowsResponseWithoutColumns() {
        assertThatThrownBy(() -> RopResponseBuffer.decode(hex("0b00 15 03 00000000 00 0100"),
                List.of(new RopQueryRowsRequest(0, 3, 0, true, 1)), TableColumns.none()))
                .isInstanceOf(MapiCodecException.class)
                .hasMessageContaining("handle index 3 needs the table's columns, but no RopSetColumns is known");
    }

    @Test
    void everyTruncationOfTheCapturesFailsCleanly() {
        for (String capture : CAPTURES) {
            byte[] bytes = HexVectors.dump(capture);
            int ropSize = bytes[0] & 0xFF | (bytes[1] & 0xFF) << 8;
            for (int cut = 2; cut < ropSize; cut++) {
                byte[] truncated = Arrays.copyOf(bytes, cut);
                truncated[0] = (byte) cut;
                truncated[1] = (byte) (cut >> 8);
                decodeOrMapiError(truncated);
            }
        }
    }

    @Test
    void mutatedCapturesNeverFailWithAnythingButMapiCodecException() {
        Random random = new Random(20261129);
        for (String capture : CAPTURES) {
            byte[] original = HexVectors.dump(capture);
            for (int i = 0; i < 3000; i++) {
                byte[] mutated = original.clone();
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
                }
                decodeOrMapiError(mutated);
            }
        }
    }

    private static void decodeOrMapiError(byte[] bytes) {
        try {
            RopRequestBuffer decoded = RopRequestBuffer.decode(bytes);
            assertThat(decoded.rops()).isNotNull();
        } catch (MapiCodecException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
