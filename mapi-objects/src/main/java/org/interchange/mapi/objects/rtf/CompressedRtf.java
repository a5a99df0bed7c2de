package org.interchange.mapi.objects.rtf;

import org.interchange.mapi.codec.io.ByteWriter;

/**
 * PidTagRtfCompressed values, [MS-OXRTFCP]: RTF in and out of the compressed ("LZFu") and
 * uncompressed ("MELA") stream forms. Malformed streams raise {@link RtfCompressionException}.
 */
public final class CompressedRtf {

    private CompressedRtf() {
    }

    /** The RTF held by a stream of either form; checks the CRC and RAWSIZE of compressed streams. */
    public static byte[] decompress(byte[] stream) {
        return RtfDecompressor.decompress(stream);
    }

    /** An LZFu stream of {@code rtf}, [MS-OXRTFCP] 3.1.3.2. */
    public static byte[] compress(byte[] rtf) {
        return RtfCompressor.compress(rtf);
    }

    /** A MELA stream: {@code rtf} stored uncompressed behind the header, CRC zero ([MS-OXRTFCP] 2.1.3.1.1). */
    public static byte[] storeUncompressed(byte[] rtf) {
        ByteWriter w = new ByteWriter(CompressedRtfHeader.SIZE + rtf.length);
        w.i32(rtf.length + 12).i32(rtf.length).i32(CompressedRtfHeader.UNCOMPRESSED).i32(0).bytes(rtf);
        return w.toByteArray();
    }
}
