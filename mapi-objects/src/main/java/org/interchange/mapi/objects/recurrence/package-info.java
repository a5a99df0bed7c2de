/**
 * Recurring series, [MS-OXOCAL] 2.2.1.44: {@link org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader}
 * and {@link org.interchange.mapi.objects.recurrence.AppointmentRecurrenceWriter} turn PidLidAppointmentRecur
 * (and bare RecurrencePattern blobs such as PidLidTaskRecurrence) into
 * {@link org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern} and back; new series are built with
 * the factories of {@link org.interchange.mapi.objects.recurrence.RecurrencePattern};
 * {@link org.interchange.mapi.objects.recurrence.RecurrenceExpander} lists the instances in a window and a
 * {@link java.time.ZoneId}; {@link org.interchange.mapi.objects.recurrence.RecurrenceDescription} says it in English.
 */
package org.interchange.mapi.objects.recurrence;
