package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.Optional;

/**
 * A ROP output buffer holds a response the server sent on its own that this codec does not decode,
 * RopNotify ([MS-OXCROPS] 2.2.14.2, sent after the responses, 3.1.5.1): response decoding stops
 * there, keeping the responses before it. (RopBackoff, RopBufferTooSmall and RopPending are decoded
 * in place by {@link RopResponseBuffer#decode}.)
 */
public class UnsolicitedRopException extends UnsupportedRopException {
    private static final long serialVersionUID = 1L;

    private final transient RopResponse response;

    public UnsolicitedRopException(int ropIdCode, int offset, List<RopResponse> responsesBefore, RopResponse response) {
        super(ropIdCode, offset, List.of(), responsesBefore);
        this.response = response;
    }

    /** The stopping response when it could be decoded; empty for RopNotify. */
    public Optional<RopResponse> response() {
        return Optional.ofNullable(response);
    }
}
