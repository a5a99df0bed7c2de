package org.interchange.mapi.codec.rop;

import java.util.List;
import java.util.Optional;

/**
 * Formerly thrown at a RopNotify ([MS-OXCROPS] 2.2.14.2) that the codec could not decode. No longer
 * thrown: {@link RopResponseBuffer#decode} now decodes RopNotify in place as a
 * {@link RopNotifyResponse}, like RopBackoff, RopBufferTooSmall and RopPending. Kept only until
 * callers that still catch it are updated.
 */
@Deprecated(forRemoval = true)
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
