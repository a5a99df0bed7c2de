package org.interchange.mapi.codec.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.junit.jupiter.api.Test;

class ExtendedBuffersTest {

    private static byte[] header(int flags, int size, int sizeActual) {
        ByteWriter w = new ByteWriter();
        w.u16(0).u16(flags).u16(size).u16(sizeActual);
        return w.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteWriter w = new ByteWriter();
        for (byte[] p : parts) {
            w.bytes(p);
        }
        return w.toByteArray();
    }

    @Test
    void plainBufferMatchesTheSpecLayoutByteForByte() {
        byte[] wrapped = ExtendedBuffers.wrap(new byte[] {1, 2, 3}, false, false);
        assertThat(wrapped).containsExactly(0, 0, 4, 0, 3, 0, 3, 0, 1, 2, 3);
        byte[] obfuscated = ExtendedBuffers.wrap(new byte[] {0x00, (byte) 0xA5}, false, true);
        assertThat(obfuscated).containsExactly(0, 0, 6, 0, 2, 0, 2, 0, (byte) 0xA5, 0);
        assertThat(ExtendedBuffers.unwrapSingle(obfuscated)).containsExactly(0x00, 0xA5);
    }

    @Test
    void incompressiblePayloadIsSentPlain() {
        byte[] random = new byte[500];
        new Random(3).nextBytes(random);
        RpcHeaderExt h = RpcHeaderExt.read(new ByteReader(ExtendedBuffers.wrap(random, true, false)));
        assertThat(h.isCompressed()).isFalse();
        assertThat(h.size()).isEqualTo(500);
    }

    @Test
    void chainedBuffersRoundTripInOrder() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            byte[][] payloads = new byte[1 + random.nextInt(4)][];
            for (int i = 0; i < payloads.length; i++) {
                payloads[i] = new byte[random.nextInt(ExtendedBuffers.MAX_PAYLOAD + 1)];
                for (int k = 0; k < payloads[i].length; k++) {
                    payloads[i][k] = (byte) random.nextInt(1 + round % 8);
                }
            }
            boolean compress = random.nextBoolean();
            boolean obfuscate = random.nextBoolean();
            List<byte[]> back = ExtendedBuffers.unwrap(ExtendedBuffers.wrap(List.of(payloads), compress, obfuscate));
            assertThat(back).hasSize(payloads.length);
            for (int i = 0; i < payloads.length; i++) {
                assertThat(back.get(i)).containsExactly(payloads[i]);
            }
        }
    }

    @Test
    void xorIsItsOwnInverse() {
        byte[] data = new byte[256];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        byte[] once = XorMagic.apply(data);
        assertThat(once[0]).isEqualTo((byte) 0xA5);
        assertThat(once[0xA5]).isEqualTo((byte) 0);
        assertThat(XorMagic.apply(once)).containsExactly(data);
    }

    @Test
    void malformedBuffersAreRejected() {
        byte[] payload = "compressible compressible compressible compressible".getBytes();
        byte[] good = ExtendedBuffers.wrap(payload, true, true);
        for (int n = 0; n < good.length; n++) {
            byte[] truncated = Arrays.copyOf(good, n);
            assertThatThrownBy(() -> ExtendedBuffers.unwrap(truncated)).isInstanceOf(MapiCodecException.class);
        }
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(concat(header(4, 10, 10), new byte[4])))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("Size 10 exceeds the 4 bytes");
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(concat(header(4, 3, 4), new byte[3])))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("must be equal");
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(concat(header(5, 4, 4), new byte[4])))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("smaller than SizeActual");
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(concat(header(0x14, 1, 1), new byte[1])))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("unknown bits");
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(concat(new byte[] {1, 0, 4, 0, 0, 0, 0, 0})))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("Version");
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(concat(header(5, 10, 0x9000), new byte[10])))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("32 KB");
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(concat(header(0, 1, 1), new byte[1])))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("without a Last flag");
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(concat(header(4, 1, 1), new byte[2])))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("follow");

        // A compressed payload whose SizeActual is wrong, in both directions.
        byte[] compressed = Lz77Compressor.compress(payload);
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(
                concat(header(5, compressed.length, payload.length + 1), compressed)))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("SizeActual");
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(
                concat(header(5, compressed.length, payload.length - 1), compressed)))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("SizeActual");

        byte[] many = ExtendedBuffers.wrap(List.of(new byte[100], new byte[100]), false, false);
        assertThatThrownBy(() -> ExtendedBuffers.unwrap(many, 150))
                .isInstanceOf(MapiCodecException.class).hasMessageContaining("more than 150");
        assertThatThrownBy(() -> ExtendedBuffers.wrap(new byte[ExtendedBuffers.MAX_PAYLOAD + 1], false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
