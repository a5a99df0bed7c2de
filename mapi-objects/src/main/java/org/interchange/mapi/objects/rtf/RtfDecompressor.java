package org.interchange.mapi.objects.rtf;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Decompresses PidTagRtfCompressed streams, [MS-OXRTFCP] 3.1.3.1 (LZFu) and 2.1.3.1.1 (MELA).
 * The output grows with the input (at most 8.5 bytes per input byte), never by RAWSIZE alone.
 */
final class RtfDecompressor {

    private RtfDecompressor() {
    }

    static byte[] decompress(byte[] stream) {
        CompressedRtfHeader h = CompressedRtfHeader.read(stream);
        if (h.compressionType() == CompressedRtfHeader.UNCOMPRESSED) {
            if (h.rawSize() > h.end() - CompressedRtfHeader.SIZE) {
                throw new RtfCompressionException("RAWSIZE: " + h.rawSize() + " bytes of MELA data but only "
                        + (h.end() - CompressedRtfHeader.SIZE) + " present");
            }
            return Arrays.copyOfRange(stream, CompressedRtfHeader.SIZE, CompressedRtfHeader.SIZE + h.rawSize());
        }
        int crc = RtfCrc.of(stream, CompressedRtfHeader.SIZE, h.end());
        if (crc != h.crc()) {
            throw new RtfCompressionException("CRC: header says 0x" + Integer.toHexString(h.crc())
                    + " but the data gives 0x" + Integer.toHexString(crc));
        }
        byte[] out = lzfu(stream, CompressedRtfHeader.SIZE, h.end());
        if (out.length != h.rawSize()) {
            throw new RtfCompressionException("RAWSIZE: header says " + h.rawSize() + " bytes but "
                    + out.length + " were decompressed");
        }
        return out;
    }

    private static byte[] lzfu(byte[] in, int from, int to) {
        RtfDictionary dict = new RtfDictionary();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(8 * (to - from), 1 << 16));
        int pos = from;
        while (pos < to) {
            int control = in[pos++] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                if (pos >= to) {
                    throw new RtfCompressionException("data: ends at offset " + pos + " before the end reference");
                }
                if ((control & (1 << bit)) == 0) {
                    byte b = in[pos++];
                    dict.put(b);
                    out.write(b);
                    continue;
                }
                if (pos + 1 >= to) {
                    throw new RtfCompressionException("dictionary reference at offset " + pos + ": only one byte left");
                }
                int token = (in[pos] & 0xFF) << 8 | in[pos + 1] & 0xFF;
                pos += 2;
                int offset = token >>> 4;
                if (offset == dict.writeOffset) {
                    return out.toByteArray();
                }
                int length = (token & 0xF) + 2;
                for (int i = 0; i < length; i++) {
                    byte b = dict.bytes[(offset + i) & (RtfDictionary.SIZE - 1)];
                    dict.put(b);
                    out.write(b);
                }
            }
        }
        throw new RtfCompressionException("data: ends at offset " + pos + " without the end reference");
    }
}
