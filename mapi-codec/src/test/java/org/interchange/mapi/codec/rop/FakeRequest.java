package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.io.ByteWriter;

/** A request standing for any request of {@code ropId} when decoding a response that needs nothing from it. */
record FakeRequest(RopId ropId) implements RopRequest {

    @Override
    public int logonId() {
        return 0;
    }

    @Override
    public int inputHandleIndex() {
        return 0;
    }

    @Override
    public void encode(ByteWriter out) {
        throw new UnsupportedOperationException("a FakeRequest is never sent");
    }
}
