package org.interchange.mapi.codec.io;

/** Malformed or unsupported MAPI bytes: names what was wrong and where. */
public class MapiCodecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MapiCodecException(String message) {
        super(message);
    }

    public MapiCodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
