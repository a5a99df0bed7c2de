package org.interchange.mapi.codec.rop;

import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;

/**
 * How one ROP of [MS-OXCROPS] 2.2 is decoded: its request (after the RopId byte) and its response
 * (after RopId, handle index and ReturnValue). Encoding is done by the records themselves.
 */
public record RopCodec(RopId id, RequestDecoder requestDecoder, ResponseDecoder responseDecoder,
                       UnsolicitedDecoder unsolicitedDecoder) {

    public RopCodec {
        Objects.requireNonNull(id, "id");
        if ((requestDecoder == null) == (unsolicitedDecoder == null)) {
            throw new IllegalArgumentException(id + " needs either a request decoder or an unsolicited decoder");
        }
    }

    /** Decodes the fields after the RopId byte of a response the server sends on its own. */
    @FunctionalInterface
    public interface UnsolicitedDecoder {
        RopResponse decode(ByteReader in);
    }

    /** Whether this is a response the server sends without a matching request (RopBackoff, ...). */
    public boolean isUnsolicited() {
        return unsolicitedDecoder != null;
    }

    /** Decodes the fields after the RopId byte, with what is known of the logons. */
    @FunctionalInterface
    public interface RequestDecoder {
        RopRequest decode(ByteReader in, RequestContext context);
    }

    /** Decodes the fields after the RopId byte of a request whose layout the bytes alone determine. */
    @FunctionalInterface
    interface PlainRequestDecoder {
        RopRequest decode(ByteReader in);

        private RequestDecoder withContext() {
            return new PlainAdapter(this);
        }
    }

    /** A decoder that needs no context; {@link RopCodecs} calls the plain decoder directly, one dispatch instead of two. */
    record PlainAdapter(PlainRequestDecoder plain) implements RequestDecoder {
        @Override
        public RopRequest decode(ByteReader in, RequestContext context) {
            return plain.decode(in);
        }
    }

    /** Decodes the fields after RopId, handle index and ReturnValue. */
    @FunctionalInterface
    public interface ResponseDecoder {
        RopResponse decode(ByteReader in, int handleIndex, int returnValue, ResponseContext context);
    }

    /** Decodes the success fields; answers any non-zero ReturnValue with a {@link RopErrorResponse}. */
    @FunctionalInterface
    public interface SuccessDecoder {
        RopResponse decode(ByteReader in, int handleIndex, ResponseContext context);
    }

    /** A ROP whose failure response is the generic one. */
    static RopCodec of(RopId id, PlainRequestDecoder requests, SuccessDecoder success) {
        return withContext(id, requests.withContext(), success);
    }

    /** A ROP whose request layout depends on the logon (see {@link RequestContext}) and whose failure response is the generic one. */
    static RopCodec withContext(RopId id, RequestDecoder requests, SuccessDecoder success) {
        return new RopCodec(id, requests, (in, handleIndex, returnValue, context) -> returnValue == 0
                ? success.decode(in, handleIndex, context)
                : new RopErrorResponse(id, handleIndex, returnValue), null);
    }

    /** A ROP with special failure forms, whose decoder sees every ReturnValue. */
    static RopCodec withFullResponse(RopId id, PlainRequestDecoder requests, ResponseDecoder responses) {
        return new RopCodec(id, requests.withContext(), responses, null);
    }

    /** A ROP the server never answers (RopRelease). */
    static RopCodec withoutResponse(RopId id, PlainRequestDecoder requests) {
        return new RopCodec(id, requests.withContext(), null, null);
    }

    /** A response the server sends on its own, answering no request (RopBackoff, RopBufferTooSmall, RopPending). */
    static RopCodec unsolicited(RopId id, UnsolicitedDecoder responses) {
        return new RopCodec(id, null, null, responses);
    }
}
