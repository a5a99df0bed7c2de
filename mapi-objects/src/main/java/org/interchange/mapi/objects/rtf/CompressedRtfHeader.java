package org.interchange.mapi.objects.rtf;

import org.interchange.mapi.codec.io.ByteReader;

/**
 * The 16-byte header of a PidTagRtfCompressed stream, [MS-OXRTFCP] 2.1.3.1.1: COMPSIZE (bytes after
 * this field), RAWSIZE (bytes of RTF), COMPTYPE ("LZFu" or "MELA") and CRC.
 */
public record CompressedRtfHeader(int compressedSize, int rawSize, int compressionType, int crc) {
    public static final int SIZE = 16;
    /** COMPTYPE of a compressed stream, the ASCII bytes "LZFu". */
    public static final int COMPRESSED = 0x75465A4C;
    /** COMPTYPE of an uncompressed stream, the ASCII bytes "MELA". */
    public static final int UNCOMPRESSED = 0x414C454D;

    /** Reads and checks the header against the stream's length. */
    public static CompressedRtfHeader read(byte[] stream) {
        if (stream.length < SIZE) {
            throw new RtfCompressionException("header: needs 16 bytes, the stream has " + stream.length);
        }
        ByteReader r = new ByteReader(stream, 0, SIZE);
        CompressedRtfHeader h = new CompressedRtfHeader(r.i32(), r.i32(), r.i32(), r.i32());
        if (h.compressionType != COMPRESSED && h.compressionType != UNCOMPRESSED) {
            throw new RtfCompressionException("COMPTYPE: neither LZFu nor MELA but 0x"
                    + Integer.toHexString(h.compressionType));
        }
        long available = stream.length - 4L;
        if (Integer.toUnsignedLong(h.compressedSize) < SIZE - 4 || Integer.toUnsignedLong(h.compressedSize) > available) {
            throw new RtfCompressionException("COMPSIZE: " + Integer.toUnsignedString(h.compressedSize)
                    + " does not fit the " + available + " bytes after it");
        }
        if (h.rawSize < 0) {
            throw new RtfCompressionException("RAWSIZE: " + Integer.toUnsignedString(h.rawSize) + " is too large");
        }
        return h;
    }

    /** The offset one past the stream's last data byte. */
    public int end() {
        return 4 + compressedSize;
    }
}
