package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;

/** RopWriteAndCommitStream response; WrittenSize (16 bits) follows every ReturnValue, [MS-OXCROPS] 2.2.9.11.2. */
public record RopWriteAndCommitStreamResponse(int handleIndex, int returnValue, int writtenSize) implements RopResponse {

    @Override
    public RopId ropId() {
        return RopId.WRITE_AND_COMMIT_STREAM;
    }

    static RopWriteAndCommitStreamResponse decode(ByteReader in, int handleIndex, int returnValue,
                                                  ResponseContext context) {
        return new RopWriteAndCommitStreamResponse(handleIndex, returnValue, in.u16());
    }

    @Override
    public void encode(ByteWriter out) {
        RopWire.responseHeader(out, ropId(), handleIndex, returnValue);
        out.u16(RopWire.u16(writtenSize, "WrittenSize"));
    }
}
