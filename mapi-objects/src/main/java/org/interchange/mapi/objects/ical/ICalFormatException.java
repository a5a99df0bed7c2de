package org.interchange.mapi.objects.ical;

/** An iCalendar text or component that cannot be read; the message names the item and what was wrong. */
public final class ICalFormatException extends RuntimeException {
    public ICalFormatException(String message) {
        super(message);
    }

    public ICalFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
