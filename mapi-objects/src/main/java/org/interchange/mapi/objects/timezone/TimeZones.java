package org.interchange.mapi.objects.timezone;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the time zone properties of [MS-OXOCAL] 2.2.1.39 (PidLidTimeZoneStruct) and 2.2.1.41
 * (TZDEFINITION) from java.time zone rules, as Outlook writes them: the biases in force in a
 * given year and its two transitions as "N-th weekday of a month" at the local time before the change.
 */
public final class TimeZones {
    private static final int DAYLIGHT_BIAS = -60;

    private TimeZones() {
    }

    /** PidLidTimeZoneStruct for {@code year} of {@code zone}. */
    public static TimeZoneStruct structOf(ZoneRules rules, int year) {
        List<ZoneOffsetTransition> transitions = transitionsIn(rules, year);
        LocalDateTime midYear = LocalDateTime.of(year, 7, 1, 0, 0);
        if (transitions.size() != 2) {
            ZoneOffset offset = rules.getStandardOffset(midYear.toInstant(rules.getOffset(midYear)));
            return new TimeZoneStruct(-offset.getTotalSeconds() / 60, 0, 0, 0, TimeZoneStruct.Transition.NONE, 0,
                    TimeZoneStruct.Transition.NONE);
        }
        ZoneOffsetTransition toDaylight = transitions.stream().filter(ZoneOffsetTransition::isGap).findFirst()
                .orElse(transitions.getFirst());
        ZoneOffsetTransition toStandard = transitions.stream().filter(t -> t != toDaylight).findFirst().orElseThrow();
        int standardMinutes = toDaylight.getOffsetBefore().getTotalSeconds() / 60;
        int daylightMinutes = toDaylight.getOffsetAfter().getTotalSeconds() / 60;
        int daylightBias = standardMinutes - daylightMinutes;
        return new TimeZoneStruct(-standardMinutes, 0, daylightBias == 0 ? DAYLIGHT_BIAS : daylightBias, 0,
                relative(toStandard.getDateTimeBefore()), 0, relative(toDaylight.getDateTimeBefore()));
    }

    /** A one-rule TZDEFINITION for {@code year} of {@code rules}, flagged effective and current. */
    public static TimeZoneDefinition definitionOf(String keyName, ZoneRules rules, int year) {
        return new TimeZoneDefinition(keyName, List.of(new TimeZoneDefinition.Rule(
                TimeZoneDefinition.Rule.FLAG_EFFECTIVE_TZREG | TimeZoneDefinition.Rule.FLAG_RECUR_CURRENT_TZREG,
                year, structOf(rules, year))));
    }

    /** The Windows key name for a zone: from the mapping table, else the zone's own id. */
    public static String keyNameOf(ZoneId zone) {
        return WindowsZones.windowsOf(zone).orElse(zone.getId());
    }

    private static List<ZoneOffsetTransition> transitionsIn(ZoneRules rules, int year) {
        List<ZoneOffsetTransition> out = new ArrayList<>();
        if (!rules.getTransitionRules().isEmpty() && isAfterLastExplicit(rules, year)) {
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                out.add(rule.createTransition(year));
            }
            return out;
        }
        for (ZoneOffsetTransition t : rules.getTransitions()) {
            if (t.getDateTimeBefore().getYear() == year) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isAfterLastExplicit(ZoneRules rules, int year) {
        List<ZoneOffsetTransition> explicit = rules.getTransitions();
        return explicit.isEmpty() || explicit.getLast().getDateTimeBefore().getYear() < year;
    }

    /** "The N-th weekday of the month" of a date; N is 5 when it is the last such weekday. */
    private static TimeZoneStruct.Transition relative(LocalDateTime local) {
        int day = local.getDayOfMonth();
        int week = day + 7 > local.toLocalDate().lengthOfMonth() ? 5 : (day - 1) / 7 + 1;
        return new TimeZoneStruct.Transition(0, local.getMonthValue(), local.getDayOfWeek().getValue() % 7, week,
                local.getHour(), local.getMinute(), 0, 0);
    }
}
