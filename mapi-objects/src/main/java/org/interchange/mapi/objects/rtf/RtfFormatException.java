package org.interchange.mapi.objects.rtf;

import org.interchange.mapi.codec.io.MapiCodecException;

/** RTF that cannot be de-encapsulated ([MS-OXRTFEX] 2.1.3); the message names what and where. */
public class RtfFormatException extends MapiCodecException {
    private static final long serialVersionUID = 1L;

    public RtfFormatException(String message) {
        super(message);
    }
}
