package org.interchange.mapi.objects.rtf;

import java.nio.charset.StandardCharsets;

/**
 * The 4096-byte circular dictionary of [MS-OXRTFCP] 2.1.3.1.1, primed with the 207-byte
 * pre-loaded string; the rest starts as zeros. Each written byte goes at the write offset,
 * which then advances modulo 4096.
 */
final class RtfDictionary {
    static final int SIZE = 4096;
    static final byte[] PRELOAD = ("{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss "
            + "\\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0"
            + "\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx").getBytes(StandardCharsets.US_ASCII);

    final byte[] bytes = new byte[SIZE];
    int writeOffset;

    RtfDictionary() {
        System.arraycopy(PRELOAD, 0, bytes, 0, PRELOAD.length);
        writeOffset = PRELOAD.length;
    }

    /** Stores one byte at the write offset and returns the offset it went to. */
    int put(byte b) {
        int at = writeOffset;
        bytes[at] = b;
        writeOffset = (at + 1) & (SIZE - 1);
        return at;
    }
}
