package org.interchange.cache.api;

/**
 * Names of the calendar, contact and task fields the desktop client edits beyond {@link ItemFields}
 * ([MS-OXOCAL] 2.2.1, [MS-OXOCNTC] 2.2.1, [MS-OXOTASK] 2.2.2); values are strings as documented here.
 * An empty value means "cleared" (a local edit keeps fields it does not name, so it writes "" to remove one).
 */
public final class PimFields {
    /**
     * The series' rule as an RFC 5545 RRULE value, e.g. {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10}
     * or {@code ...;UNTIL=20270301}; it wins over the description in {@link ItemFields#RECURRENCE}
     * ([MS-OXOCAL] 2.2.1.44.1 RecurrencePattern).
     */
    public static final String RECURRENCE_RULE = "recurrenceRule";
    /** Original starts (ISO-8601 instants, one per line) of deleted occurrences ([MS-OXOCAL] 2.2.1.44.1 DeletedInstanceDates). */
    public static final String DELETED_OCCURRENCES = "deletedOccurrences";
    /** Changed occurrences of a series in the form of {@link OccurrenceChange#formatAll} ([MS-OXOCAL] 2.2.1.44.2 ExceptionInfo). */
    public static final String MODIFIED_OCCURRENCES = "modifiedOccurrences";
    /**
     * The time zone a series repeats in, as an IANA id such as {@code Europe/Berlin}: its occurrences keep the
     * first one's wall-clock time there across daylight saving changes ([MS-OXOCAL] 2.2.1.41
     * PidLidAppointmentTimeZoneDefinitionRecur); absent, the zone of the machine that writes the series.
     */
    public static final String TIME_ZONE = "timeZone";
    /** Minutes before the start a reminder is due (PidLidReminderDelta); absent or empty: no reminder (PidLidReminderSet false). */
    public static final String REMINDER_MINUTES = "reminderMinutes";
    /** A snoozed or dismissed reminder: the next time it is due (ISO-8601), or "dismissed" (PidLidReminderSignalTime). */
    public static final String REMINDER_NEXT = "reminderNext";
    /** The attendee's answer to a meeting (PidLidResponseStatus): 0 none, 2 tentative, 3 accepted, 4 declined, 5 not responded. */
    public static final String RESPONSE_STATUS = "responseStatus";
    /** The meeting's iCalendar UID, or the hex of PidLidGlobalObjectId, on requests and on their calendar items. */
    public static final String MEETING_UID = "meetingUid";
    /** The start (ISO-8601) of the meeting a request is about ([MS-OXOCAL] 2.2.5 meeting request). */
    public static final String MEETING_START = "meetingStart";
    /** The end (ISO-8601) of the meeting a request is about. */
    public static final String MEETING_END = "meetingEnd";
    /** The meeting's revision (PidLidAppointmentSequence / iCalendar SEQUENCE). */
    public static final String MEETING_SEQUENCE = "meetingSequence";
    public static final String GIVEN_NAME = "givenName";
    public static final String SURNAME = "surname";
    public static final String EMAIL2 = "email2";
    public static final String HOME_PHONE = "homePhone";
    /** Postal addresses, lines separated by "\n" (PidLidWorkAddress, PidLidHomeAddress). */
    public static final String BUSINESS_ADDRESS = "businessAddress";
    public static final String HOME_ADDRESS = "homeAddress";
    /** ISO-8601 local date (PidTagBirthday). */
    public static final String BIRTHDAY = "birthday";
    /**
     * A contact photo set in the client, base64 of a JPEG or PNG, to be uploaded as the contact's
     * photo attachment ([MS-OXOCNTC] 2.2.1.8 PidTagAttachmentContactPhoto); "" removes the photo.
     */
    public static final String PHOTO = "photo";
    /** When a task was completed, ISO-8601 (PidLidTaskDateCompleted). */
    public static final String TASK_COMPLETED = "taskCompleted";

    private PimFields() {
    }
}
