package org.interchange.mapi.codec.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

class Lz77Test {

    private static byte[] roundTrip(byte[] data) {
        byte[] compressed = Lz77Compressor.compress(data);
        byte[] back = Lz77Decompressor.decompress(compressed, data.length);
        assertThat(back).containsExactly(data);
        return compressed;
    }

    @Test
    void decodesAHandBuiltStreamWithLiteralsAndAnOverlappingMatch() {
        // Flags 0b0001 then ones: three literals 'a','b','c', then a match of distance 3, length 9
        // (MatchBytes = (3-1)<<3 | (9-3) = 0x16), then the end marker.
        byte[] stream = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x1F, 'a', 'b', 'c', 0x16, 0x00};
        assertThat(new String(Lz77Decompressor.decompress(stream, 12), StandardCharsets.US_ASCII))
                .isEqualTo("abcabcabcabc");
    }

    @Test
    void decodesSharedHalfByteAndLongLengths() {
        // One literal, then two matches of distance 1 whose lengths need the half-byte form: the first
        // takes the low half of the shared byte 0x52 (3+7+2=12), the second the high half (3+7+5=15).
        byte[] stream = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 'z', 0x07, 0x00, 0x52, 0x07, 0x00};
        byte[] out = Lz77Decompressor.decompress(stream, 1 + 12 + 15);
        byte[] expected = new byte[28];
        Arrays.fill(expected, (byte) 'z');
        assertThat(out).containsExactly(expected);
    }

    @Test
    void randomAndRepetitiveDataRoundTrips() {
        Random random = new Random(20261129L);
        for (int round = 0; round < 300; round++) {
            int length = random.nextInt(round < 200 ? 600 : 70000);
            byte[] data = new byte[length];
            int alphabet = 1 + random.nextInt(round % 3 == 0 ? 256 : 4);
            for (int i = 0; i < length; i++) {
                if (i > 10 && random.nextInt(4) == 0) {
                    int back = 1 + random.nextInt(Math.min(i, 9000));
                    data[i] = data[i - back];
                } else {
                    data[i] = (byte) random.nextInt(alphabet);
                }
            }
            roundTrip(data);
        }
    }

    @Test
    void longRunsUseEveryLengthForm() {
        for (int length : new int[] {0, 1, 3, 4, 10, 11, 25, 26, 280, 281, 282, 5000, 65538, 65539, 200_000}) {
            byte[] data = new byte[length];
            Arrays.fill(data, (byte) 7);
            byte[] compressed = roundTrip(data);
            assertThat(compressed.length).isLessThan(Math.max(length, 16));
        }
    }

    @Test
    void compressesFastEnough() {
        Random random = new Random(1);
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) ("MAPI ROP buffer ".charAt(random.nextInt(16)));
        }
        long start = System.nanoTime();
        roundTrip(data);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
    }

    @Test
    void malformedStreamsAreRejected() {
        byte[] data = "The quick brown fox jumps over the lazy dog; the quick brown fox again.".repeat(4)
                .getBytes(StandardCharsets.US_ASCII);
        byte[] compressed = Lz77Compressor.compress(data);

        for (int n = 1; n < compressed.length; n++) {
            byte[] truncated = Arrays.copyOf(compressed, n);
            assertThatThrownBy(() -> Lz77Decompressor.decompress(truncated, data.length))
                    .isInstanceOf(MapiCodecException.class);
        }
        assertThatThrownBy(() -> Lz77Decompressor.decompress(compressed, data.length - 1))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("more than SizeActual");
        assertThatThrownBy(() -> Lz77Decompressor.decompress(compressed, data.length + 1))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("SizeActual says");

        byte[] offsetBeforeStart = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 'a', 0x08, 0x00};
        assertThatThrownBy(() -> Lz77Decompressor.decompress(offsetBeforeStart, 4))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("offset 2");
        byte[] matchAtStart = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x00, 0x00};
        assertThatThrownBy(() -> Lz77Decompressor.decompress(matchAtStart, 3))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("before the start");
        byte[] shortLengthWord = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 'a', 0x07, 0x00, 0x0F, (byte) 0xFF,
            0x05, 0x00};
        assertThatThrownBy(() -> Lz77Decompressor.decompress(shortLengthWord, 100))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("below 22");
        byte[] hugeLength = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 'a', 0x07, 0x00, 0x0F, (byte) 0xFF,
            0x00, 0x00, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        assertThatThrownBy(() -> Lz77Decompressor.decompress(hugeLength, 100))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("more than SizeActual");
        assertThatThrownBy(() -> Lz77Decompressor.decompress(new byte[] {0, 0}, 0))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("flag word");
    }
}
