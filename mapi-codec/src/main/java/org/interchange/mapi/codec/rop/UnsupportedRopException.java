package org.interchange.mapi.codec.rop;

import org.interchange.mapi.codec.internal.FrozenList;
import java.util.List;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * A ROP buffer holds a RopId that is not in [MS-OXCROPS] 2.2.2 or that this codec cannot decode.
 * Since ROPs carry no length, decoding stops there; the ROPs decoded before it are kept.
 */
public class UnsupportedRopException extends MapiCodecException {
    private static final long serialVersionUID = 1L;

    private final int ropIdCode;
    private final int offset;
    private final transient List<RopRequest> requestsBefore;
    private final transient List<RopResponse> responsesBefore;

    public UnsupportedRopException(int ropIdCode, int offset, List<RopRequest> requestsBefore,
                                   List<RopResponse> responsesBefore) {
        super(describe(ropIdCode) + " at offset " + offset + " is not supported by this codec");
        this.ropIdCode = ropIdCode;
        this.offset = offset;
        this.requestsBefore = FrozenList.copyOf(requestsBefore);
        this.responsesBefore = FrozenList.copyOf(responsesBefore);
    }

    private static String describe(int code) {
        return RopId.fromCode(code).map(RopId::toString)
                .orElse(String.format("unknown RopId 0x%02X", code));
    }

    /** The RopId byte found. */
    public int ropIdCode() {
        return ropIdCode;
    }

    public int offset() {
        return offset;
    }

    /** Requests decoded before the unsupported one (empty when decoding responses). */
    public List<RopRequest> requestsBefore() {
        return requestsBefore;
    }

    /** Responses decoded before the unsupported one (empty when decoding requests). */
    public List<RopResponse> responsesBefore() {
        return responsesBefore;
    }
}
