package org.interchange.mapi.objects.ical;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Reads iCalendar text (RFC 5545 3.1 and 3.4) into {@link ICalComponent}s with ical4j's parser,
 * which unfolds lines and splits names, parameters and values; nothing is interpreted here.
 * Several VCALENDAR objects in one text are all read.
 */
public final class ICalParser {
    private ICalParser() {
    }

    /** The VCALENDAR components of {@code text}, or an {@link ICalFormatException} naming the line. */
    public static List<ICalComponent> parse(String text) {
        List<ICalComponent> calendars = new ArrayList<>();
        for (String chunk : splitCalendars(text)) {
            calendars.add(parseOne(chunk, calendars.size() + 1));
        }
        if (calendars.isEmpty()) {
            throw new ICalFormatException("no BEGIN:VCALENDAR in the text");
        }
        return calendars;
    }

    private static ICalComponent parseOne(String chunk, int index) {
        Handler handler = new Handler();
        try (Reader reader = new UnfoldingReader(new StringReader(chunk), true)) {
            new CalendarParserImpl().parse(reader, handler);
        } catch (ParserException e) {
            throw new ICalFormatException("calendar " + index + ": line " + e.getLineNo() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new ICalFormatException("calendar " + index + ": " + e.getMessage(), e);
        }
        return handler.calendar;
    }

    /** The text of each BEGIN:VCALENDAR ... END:VCALENDAR block. */
    private static List<String> splitCalendars(String text) {
        List<String> out = new ArrayList<>();
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        int from = 0;
        while (true) {
            int begin = upper.indexOf("BEGIN:VCALENDAR", from);
            if (begin < 0) {
                return out;
            }
            int end = upper.indexOf("END:VCALENDAR", begin);
            int next = upper.indexOf("BEGIN:VCALENDAR", begin + 1);
            int stop = end < 0 || (next >= 0 && next < end) ? (next < 0 ? text.length() : next)
                    : end + "END:VCALENDAR".length();
            out.add(text.substring(begin, stop) + "\r\n");
            from = stop;
        }
    }

    private static final class Handler implements ContentHandler {
        private final Deque<ICalComponent> open = new ArrayDeque<>();
        private ICalComponent calendar;
        private String propertyName;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private String value;

        @Override
        public void startCalendar() {
            calendar = new ICalComponent("VCALENDAR");
            open.push(calendar);
        }

        @Override
        public void endCalendar() {
            open.clear();
        }

        @Override
        public void startComponent(String name) {
            ICalComponent c = new ICalComponent(name);
            open.peek().add(c);
            open.push(c);
        }

        @Override
        public void endComponent(String name) {
            if (open.size() > 1) {
                open.pop();
            }
        }

        @Override
        public void startProperty(String name) {
            propertyName = name;
            parameters.clear();
            value = "";
        }

        @Override
        public void propertyValue(String v) {
            value = v == null ? "" : v;
        }

        @Override
        public void endProperty(String name) {
            open.peek().add(new ICalProperty(propertyName, parameters, value));
        }

        @Override
        public void parameter(String name, String v) {
            String clean = v == null ? "" : v;
            if (clean.length() >= 2 && clean.startsWith("\"") && clean.endsWith("\"")) {
                clean = clean.substring(1, clean.length() - 1);
            }
            parameters.put(name, clean);
        }
    }
}
