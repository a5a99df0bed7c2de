package org.interchange.mapi.objects.ical;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.io.MapiCodecException;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.convert.ItemError;
import org.interchange.mapi.objects.convert.ReadResult;
import org.interchange.mapi.objects.mime.MapiMessage;

/**
 * Reads .ics text into appointment, meeting, task and note objects ([MS-OXCICAL] 2.1.3.2): VEVENTs
 * grouped by UID (master plus RECURRENCE-ID instances) become one object each, VTODOs tasks,
 * VJOURNALs notes. A malformed item is reported with its UID and summary and the rest still read;
 * text that is not iCalendar at all is one error for the whole {@code source}.
 */
public final class ICalendarReader {
    private ICalendarReader() {
    }

    public static ReadResult read(String text, String source, NamedPropertyIds ids, ZoneId fallback) {
        List<MapiMessage> items = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        List<ICalComponent> calendars;
        try {
            calendars = ICalParser.parse(text);
        } catch (ICalFormatException e) {
            return new ReadResult(List.of(), List.of(new ItemError(source, e.getMessage())));
        }
        for (ICalComponent calendar : calendars) {
            ZoneResolver zones = new ZoneResolver(calendar, fallback);
            ICalToAppointment events = new ICalToAppointment(zones, ids, calendar.value("METHOD"));
            Map<String, List<ICalComponent>> byUid = new LinkedHashMap<>();
            int anonymous = 0;
            for (ICalComponent event : calendar.components("VEVENT")) {
                String uid = event.text("UID");
                byUid.computeIfAbsent(uid == null || uid.isBlank() ? "#" + ++anonymous : uid, k -> new ArrayList<>())
                        .add(event);
            }
            for (Map.Entry<String, List<ICalComponent>> group : byUid.entrySet()) {
                convert(group.getKey(), group.getValue(), events, items, errors, source);
            }
            for (ICalComponent todo : calendar.components("VTODO")) {
                attempt(() -> TaskICal.fromVTodo(todo, ids), describe(todo), items, errors, source);
            }
            for (ICalComponent journal : calendar.components("VJOURNAL")) {
                attempt(() -> NoteICal.fromVJournal(journal, ids), describe(journal), items, errors, source);
            }
        }
        return new ReadResult(items, errors);
    }

    private static void convert(String uid, List<ICalComponent> group, ICalToAppointment events,
                                List<MapiMessage> items, List<ItemError> errors, String source) {
        List<ICalComponent> masters = group.stream().filter(e -> e.property("RECURRENCE-ID").isEmpty()).toList();
        List<ICalComponent> instances = group.stream().filter(e -> e.property("RECURRENCE-ID").isPresent()).toList();
        if (masters.isEmpty()) {
            for (ICalComponent instance : instances) {
                attempt(() -> events.convert(null, List.of(instance)), describe(instance), items, errors, source);
            }
            return;
        }
        attempt(() -> events.convert(masters.getFirst(), instances), describe(masters.getFirst()), items, errors,
                source);
        for (ICalComponent duplicate : masters.subList(1, masters.size())) {
            attempt(() -> events.convert(duplicate, List.of()), describe(duplicate), items, errors, source);
        }
    }

    private static void attempt(java.util.function.Supplier<MapiMessage> conversion, String item,
                                List<MapiMessage> items, List<ItemError> errors, String source) {
        try {
            items.add(conversion.get());
        } catch (ICalFormatException | MapiCodecException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new ItemError(source + ": " + item, e.getMessage()));
        } catch (RuntimeException e) {
            // a defect here must cost this one item only, never the rest of the file
            errors.add(new ItemError(source + ": " + item, "cannot be converted (" + e + ")"));
        }
    }

    private static String describe(ICalComponent c) {
        String uid = c.text("UID");
        String summary = c.text("SUMMARY");
        return c.name() + (uid != null ? " UID " + uid : "") + (summary != null ? " '" + summary + "'" : "");
    }
}
