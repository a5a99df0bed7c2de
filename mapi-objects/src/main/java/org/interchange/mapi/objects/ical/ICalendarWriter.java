package org.interchange.mapi.objects.ical;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.objects.MessageClass;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.convert.ItemError;
import org.interchange.mapi.objects.convert.WriteResult;
import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * Writes appointments, meetings, tasks and notes as one VCALENDAR ([MS-OXCICAL] 2.1.3.1.1): each
 * VTIMEZONE once, METHOD from the meeting message class when {@code items} is one meeting message
 * (iTIP, [MS-OXCICAL] 2.1.3.1.1.3: REQUEST, REPLY, CANCEL), else PUBLISH. An item that cannot be
 * converted is left out and reported; the others are written.
 */
public final class ICalendarWriter {
    public static final String PRODUCT_ID = "-//Interchange//Interchange 0.1//EN";

    private ICalendarWriter() {
    }

    public static WriteResult write(List<MapiMessage> items, ZoneId fallback) {
        return write(items, fallback, Instant.now());
    }

    public static WriteResult write(List<MapiMessage> items, ZoneId fallback, Instant now) {
        ICalComponent calendar = new ICalComponent("VCALENDAR").add("PRODID", PRODUCT_ID).add("VERSION", "2.0");
        String method = items.size() == 1 ? method(items.getFirst().properties().string(PidTag.MESSAGE_CLASS)) : "PUBLISH";
        calendar.add("METHOD", method);
        Map<String, ICalComponent> zones = new LinkedHashMap<>();
        List<ICalComponent> components = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        int written = 0;
        for (int i = 0; i < items.size(); i++) {
            MapiMessage item = items.get(i);
            String messageClass = item.properties().string(PidTag.MESSAGE_CLASS);
            try {
                switch (MessageClass.of(messageClass)) {
                    case APPOINTMENT, MEETING -> {
                        AppointmentToICal.Events events = AppointmentToICal.convert(item, fallback, now);
                        if (events.zone() != null) {
                            zones.putIfAbsent(events.zone().tzid(), events.zone().vtimezone());
                        }
                        components.addAll(events.events());
                    }
                    case TASK -> components.add(TaskICal.toVTodo(item, now));
                    case STICKY_NOTE -> components.add(NoteICal.toVJournal(item, now));
                    default -> throw new ICalFormatException("message class " + messageClass
                            + " has no iCalendar form");
                }
                written++;
            } catch (ICalFormatException e) {
                errors.add(new ItemError("item " + (i + 1), e.getMessage()));
            } catch (RuntimeException e) {
                // a defect here must cost this one item only, never the rest of the export
                errors.add(new ItemError("item " + (i + 1), "cannot be converted (" + e + ")"));
            }
        }
        zones.values().forEach(calendar::add);
        components.forEach(calendar::add);
        return new WriteResult(ICalWriter.write(calendar), written, errors);
    }

    /** The iTIP method of a message class, [MS-OXCICAL] 2.1.3.1.1.3. */
    static String method(String messageClass) {
        String c = messageClass == null ? "" : messageClass.toLowerCase(java.util.Locale.ROOT);
        if (c.startsWith("ipm.schedule.meeting.request")) {
            return "REQUEST";
        }
        if (c.startsWith("ipm.schedule.meeting.canceled")) {
            return "CANCEL";
        }
        if (c.startsWith("ipm.schedule.meeting.resp")) {
            return "REPLY";
        }
        return "PUBLISH";
    }
}
