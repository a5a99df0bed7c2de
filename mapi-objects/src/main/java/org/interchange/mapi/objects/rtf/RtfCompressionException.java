package org.interchange.mapi.objects.rtf;

import org.interchange.mapi.codec.io.MapiCodecException;

/** A compressed RTF stream ([MS-OXRTFCP] 2.1) that cannot be read; the message names what is wrong. */
public class RtfCompressionException extends MapiCodecException {
    private static final long serialVersionUID = 1L;

    public RtfCompressionException(String message) {
        super(message);
    }
}
