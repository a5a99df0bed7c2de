package org.interchange.mapi.codec.rop;

import java.util.List;

/**
 * A ROP output buffer holds a RopNotify ([MS-OXCROPS] 2.2.14.2, sent after the responses,
 * 3.1.5.1), which this codec does not decode: response decoding stops there, keeping the
 * responses before it.
 */
public class UnsolicitedRopException extends UnsupportedRopException {
    private static final long serialVersionUID = 1L;

    public UnsolicitedRopException(int ropIdCode, int offset, List<RopResponse> responsesBefore) {
        super(ropIdCode, offset, List.of(), responsesBefore);
    }
}
