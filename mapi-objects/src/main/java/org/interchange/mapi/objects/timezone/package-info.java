/**
 * Time zones of appointments: {@link org.interchange.mapi.objects.timezone.TimeZoneStruct} reads and writes
 * PidLidTimeZoneStruct ([MS-OXOCAL] 2.2.1.39) and turns it into {@link java.time.zone.ZoneRules} for
 * {@link org.interchange.mapi.objects.recurrence.RecurrenceExpander}.
 */
package org.interchange.mapi.objects.timezone;
