package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.Optional;

/**
 * A ROP output buffer holds a response that answers no request ([MS-OXCROPS] 3.1.5.1: RopBackoff
 * 2.2.15.2, RopBufferTooSmall 2.2.15.1, RopNotify and RopPending 2.2.14): response decoding stops
 * there, keeping the responses before it and, when this codec reads that RopId, the response itself.
 */
public class UnsolicitedRopException extends UnsupportedRopException {
    private static final long serialVersionUID = 1L;

    private final transient RopResponse response;

    public UnsolicitedRopException(int ropIdCode, int offset, List<RopResponse> responsesBefore, RopResponse response) {
        super(ropIdCode, offset, List.of(), responsesBefore);
        this.response = response;
    }

    /** The decoded RopBackoff, RopBufferTooSmall or RopPending; empty for RopNotify. */
    public Optional<RopResponse> response() {
        return Optional.ofNullable(response);
    }
}
