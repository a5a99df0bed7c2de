/**
 * Appointments, meetings, tasks and notes as iCalendar (RFC 5545) and iTIP (RFC 5546), mapped as
 * [MS-OXCICAL] describes: VEVENT, VTODO, VJOURNAL and VTIMEZONE to and from MAPI property bags.
 * ical4j reads the text; the converters interpret it.
 */
package org.interchange.mapi.objects.ical;
