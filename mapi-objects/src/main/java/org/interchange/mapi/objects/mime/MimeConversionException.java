package org.interchange.mapi.objects.mime;

/** A MIME message ([MS-OXCMAIL] 2.1) that cannot be converted; the message names the part and the problem. */
public class MimeConversionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MimeConversionException(String message) {
        super(message);
    }

    public MimeConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
