package org.interchange.mapi.objects.rtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** [MS-OXRTFCP] 4.1.1 and 4.1.2 as carried in ../shared/vectors/openchange/rtfcp_examples.txt. */
class CompressedRtfTest {
    private static final Path VECTORS = Path.of("../../shared/vectors/openchange/rtfcp_examples.txt");

    /** name -> {compressed, plaintext} from the vector file. */
    private static byte[][] vector(String name) throws IOException {
        Path file = Files.exists(VECTORS) ? VECTORS : Path.of("/work/shared/vectors/openchange/rtfcp_examples.txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith(name + " ")) {
                String[] f = line.split(" \\| ");
                String text = f[2].substring(f[2].indexOf('`') + 1, f[2].lastIndexOf('`'));
                if (f[2].contains("followed by CR LF")) {
                    text += "\r\n";
                }
                return new byte[][] {HexFormat.of().parseHex(f[1].strip()), text.getBytes(StandardCharsets.US_ASCII)};
            }
        }
        throw new IllegalStateException(name + " not in " + file);
    }

    @Test
    void preloadedDictionaryIs207Bytes() {
        assertThat(RtfDictionary.PRELOAD).hasSize(207);
    }

    @Test
    void specExamplesDecompress() throws IOException {
        for (String name : List.of("rtfcp_4_1_1", "rtfcp_4_1_2")) {
            byte[][] v = vector(name);
            assertThat(new String(CompressedRtf.decompress(v[0]), StandardCharsets.US_ASCII)).as(name)
                    .isEqualTo(new String(v[1], StandardCharsets.US_ASCII));
        }
    }

    @Test
    void specExamplesCompressByteForByte() throws IOException {
        for (String name : List.of("rtfcp_4_1_1", "rtfcp_4_1_2")) {
            byte[][] v = vector(name);
            assertThat(HexFormat.of().formatHex(CompressedRtf.compress(v[1]))).as(name)
                    .isEqualTo(HexFormat.of().formatHex(v[0]));
        }
    }

    @Test
    void headerOfTheFirstExample() throws IOException {
        CompressedRtfHeader h = CompressedRtfHeader.read(vector("rtfcp_4_1_1")[0]);
        assertThat(h.compressedSize()).isEqualTo(0x2D);
        assertThat(h.rawSize()).isEqualTo(0x2B);
        assertThat(h.compressionType()).isEqualTo(CompressedRtfHeader.COMPRESSED);
        assertThat(h.crc()).isEqualTo(0xA7C7C5F1);
    }

    @Test
    void roundTripsLongAndRepetitiveAndBinaryInput() {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}");
        for (int i = 0; i < 2000; i++) {
            rtf.append("\\par Line ").append(i).append(" of a long body \\'e9t\\'e9 {\\b bold}\r\n");
        }
        rtf.append('}');
        byte[] text = rtf.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] compressed = CompressedRtf.compress(text);
        assertThat(compressed.length).as("the dictionary wraps many times and still compresses")
                .isLessThan(text.length / 3);
        assertThat(CompressedRtf.decompress(compressed)).isEqualTo(text);

        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        assertThat(CompressedRtf.decompress(CompressedRtf.compress(noise))).isEqualTo(noise);
        byte[] same = new byte[5000];
        Arrays.fill(same, (byte) 'x');
        assertThat(CompressedRtf.decompress(CompressedRtf.compress(same))).isEqualTo(same);
        assertThat(CompressedRtf.decompress(CompressedRtf.compress(new byte[0]))).isEmpty();
    }

    @Test
    void uncompressedMelaForm() {
        byte[] rtf = "{\\rtf1 plain}".getBytes(StandardCharsets.US_ASCII);
        byte[] mela = CompressedRtf.storeUncompressed(rtf);
        assertThat(Arrays.copyOfRange(mela, 8, 12)).isEqualTo("MELA".getBytes(StandardCharsets.US_ASCII));
        assertThat(CompressedRtfHeader.read(mela).crc()).isZero();
        assertThat(CompressedRtfHeader.read(mela).compressedSize()).isEqualTo(rtf.length + 12);
        assertThat(CompressedRtf.decompress(mela)).isEqualTo(rtf);
    }

    @Test
    void malformedStreamsNameTheProblem() throws IOException {
        byte[] good = vector("rtfcp_4_1_1")[0];
        assertThatThrownBy(() -> CompressedRtf.decompress(new byte[10]))
                .isInstanceOf(RtfCompressionException.class).hasMessageContaining("header");
        byte[] badCrc = good.clone();
        badCrc[20] ^= 1;
        assertThatThrownBy(() -> CompressedRtf.decompress(badCrc)).hasMessageContaining("CRC");
        byte[] badType = good.clone();
        badType[8] = 'X';
        assertThatThrownBy(() -> CompressedRtf.decompress(badType)).hasMessageContaining("COMPTYPE");
        byte[] bigSize = good.clone();
        bigSize[3] = 0x7F;
        assertThatThrownBy(() -> CompressedRtf.decompress(bigSize)).hasMessageContaining("COMPSIZE");
        byte[] badRaw = good.clone();
        badRaw[4] = 0x50;
        assertThatThrownBy(() -> CompressedRtf.decompress(badRaw)).hasMessageContaining("RAWSIZE");
        byte[] hugeMela = CompressedRtf.storeUncompressed(new byte[4]);
        hugeMela[7] = 0x7F;
        assertThatThrownBy(() -> CompressedRtf.decompress(hugeMela))
                .isInstanceOf(RtfCompressionException.class).hasMessageContaining("RAWSIZE");
    }

    @Test
    void truncatedDataNeverFailsWithAnythingButTheTypedError() throws IOException {
        byte[] good = CompressedRtf.compress("{\\rtf1 a fairly ordinary body, a fairly ordinary body}".getBytes(
                StandardCharsets.US_ASCII));
        for (int n = 17; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            // make the header agree with the cut, so the data itself is what is short
            cut[0] = (byte) (n - 4);
            cut[1] = 0;
            int crc = RtfCrc.of(cut, 16, n);
            for (int i = 0; i < 4; i++) {
                cut[12 + i] = (byte) (crc >>> (8 * i));
            }
            assertThatThrownBy(() -> CompressedRtf.decompress(cut)).as("%d bytes", n)
                    .isInstanceOf(RtfCompressionException.class);
        }
    }
}
