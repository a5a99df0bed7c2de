package org.interchange.mapi.codec.fxics;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * ProgressInformation, the value of the progressTotal element, [MS-OXCFXICS] 2.2.4.3.19: counts and
 * total sizes of the FAI and normal message changes that follow. 32 bytes, version 0.
 */
public record ProgressInformation(int faiMessageCount, long faiMessageTotalSize, int normalMessageCount,
        long normalMessageTotalSize) {
    static final int SIZE = 32;

    public static ProgressInformation decode(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new MapiCodecException("ProgressInformation must be " + SIZE + " bytes, not " + bytes.length);
        }
        ByteReader in = new ByteReader(bytes);
        int version = in.u16();
        if (version != 0) {
            throw new MapiCodecException("ProgressInformation version " + version + " is not 0");
        }
        in.skip(2);
        int faiCount = in.i32();
        long faiSize = in.i64();
        int normalCount = in.i32();
        in.skip(4);
        return new ProgressInformation(faiCount, faiSize, normalCount, in.i64());
    }

    public byte[] encode() {
        return new ByteWriter(SIZE).u16(0).u16(0).i32(faiMessageCount).i64(faiMessageTotalSize)
                .i32(normalMessageCount).i32(0).i64(normalMessageTotalSize).toByteArray();
    }
}
