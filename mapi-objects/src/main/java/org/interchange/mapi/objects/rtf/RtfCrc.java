package org.interchange.mapi.objects.rtf;

/**
 * The CRC of [MS-OXRTFCP] 3.1.3.2: the CRC-32 table of polynomial 0xEDB88320, started at zero
 * and not inverted at the end (so not java.util.zip.CRC32).
 */
final class RtfCrc {
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    private RtfCrc() {
    }

    static int of(byte[] data, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc = TABLE[(crc ^ data[i]) & 0xFF] ^ (crc >>> 8);
        }
        return crc;
    }
}
