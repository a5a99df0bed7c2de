/**
 * Time zones of appointments: {@link org.interchange.mapi.objects.timezone.TimeZoneStruct} reads and writes
 * PidLidTimeZoneStruct ([MS-OXOCAL] 2.2.1.39), {@link org.interchange.mapi.objects.timezone.TimeZoneDefinition}
 * the TZDEFINITION properties (2.2.1.41); both turn into {@link java.time.zone.ZoneRules} for
 * {@link org.interchange.mapi.objects.recurrence.RecurrenceExpander}. Windows key names are not mapped to IANA ids.
 */
package org.interchange.mapi.objects.timezone;
