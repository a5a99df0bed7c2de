package org.interchange.mapi.objects.recurrence;

import org.interchange.mapi.codec.io.MapiCodecException;

/** A recurrence blob ([MS-OXOCAL] 2.2.1.44) that cannot be read or expanded; the message names the field. */
public class MalformedRecurrenceException extends MapiCodecException {
    private static final long serialVersionUID = 1L;

    public MalformedRecurrenceException(String message) {
        super(message);
    }
}
