package org.interchange.mapi.objects.timezone;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.interchange.mapi.codec.io.ByteReader;
import org.interchange.mapi.codec.io.ByteWriter;
import org.interchange.mapi.codec.io.MapiCodecException;

/**
 * PidLidAppointmentTimeZoneDefinitionRecur / StartDisplay / EndDisplay, [MS-OXOCAL] 2.2.1.41: a
 * Windows time zone key name and its TZRule structures (2.2.1.41.1), each in force from its year on.
 */
public record TimeZoneDefinition(String keyName, List<Rule> rules) {
    private static final int MAJOR = 0x02;
    private static final int MINOR = 0x01;
    private static final int HEADER_RESERVED = 0x0002;
    private static final int RULE_RESERVED = 0x003E;
    private static final int RULE_SIZE = 66;
    /** Explicit transitions start here at the earliest; earlier times get the first rule's winter offset. */
    private static final int FIRST_YEAR = 1900;

    /** One TZRule: flags, the year it takes effect, and the biases and transitions of that year on. */
    public record Rule(int flags, int year, TimeZoneStruct zone) {
        public static final int FLAG_RECUR_CURRENT_TZREG = 0x0001;
        public static final int FLAG_EFFECTIVE_TZREG = 0x0002;

        public Rule {
            Objects.requireNonNull(zone, "zone");
        }
    }

    public TimeZoneDefinition {
        Objects.requireNonNull(keyName, "keyName");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a time zone definition has at least one rule");
        }
    }

    public static TimeZoneDefinition read(byte[] value) {
        ByteReader r = new ByteReader(value);
        need(r, 6, "header");
        version(r.u8(), r.u8(), "TZDEFINITION");
        int cbHeader = r.u16();
        need(r, cbHeader, "header of " + cbHeader + " bytes");
        ByteReader header = r.slice(cbHeader);
        need(header, 4, "header");
        header.u16();
        int chars = header.u16();
        need(header, chars * 2 + 2, "KeyName of " + chars + " characters");
        String key = new String(header.bytes(chars * 2), StandardCharsets.UTF_16LE);
        int count = header.u16();
        if ((long) count * RULE_SIZE > r.remaining()) {
            throw new MapiCodecException("TZDEFINITION: " + count + " rules cannot fit in " + r.remaining() + " bytes");
        }
        if (count == 0) {
            throw new MapiCodecException("TZDEFINITION: no rules");
        }
        List<Rule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(rule(r, i));
        }
        return new TimeZoneDefinition(key, rules);
    }

    public byte[] write() {
        ByteWriter w = new ByteWriter(16 + keyName.length() * 2 + rules.size() * RULE_SIZE);
        w.u8(MAJOR).u8(MINOR).u16(6 + keyName.length() * 2).u16(HEADER_RESERVED).u16(keyName.length())
                .bytes(keyName.getBytes(StandardCharsets.UTF_16LE)).u16(rules.size());
        for (Rule rule : rules) {
            byte[] zone = rule.zone().write();
            w.u8(MAJOR).u8(MINOR).u16(RULE_RESERVED).u16(rule.flags()).u16(rule.year()).bytes(new byte[14]);
            w.bytes(zone, 0, 12).bytes(zone, 14, 16).bytes(zone, 32, 16);
        }
        return w.toByteArray();
    }

    /** The rule flagged effective, else the latest one. */
    public Rule effectiveRule() {
        return rules.stream().filter(r -> (r.flags() & Rule.FLAG_EFFECTIVE_TZREG) != 0).findFirst()
                .orElseGet(() -> rules.stream().max(Comparator.comparingInt(Rule::year)).orElseThrow());
    }

    /**
     * All rules as one set of java.time rules: each year from the first rule's (1900 at the earliest)
     * takes the transitions of the rule in force, and the last rule goes on for every year after it.
     */
    public ZoneRules toZoneRules() {
        List<Rule> byYear = rules.stream().sorted(Comparator.comparingInt(Rule::year)).toList();
        if (byYear.size() == 1) {
            return byYear.getFirst().zone().toZoneRules();
        }
        List<ZoneRules> each = byYear.stream().map(r -> r.zone().toZoneRules()).toList();
        int firstYear = Math.min(Math.max(FIRST_YEAR, byYear.getFirst().year()), byYear.get(1).year());
        ZoneOffset baseWall = each.getFirst().getOffset(LocalDateTime.of(firstYear, 1, 1, 0, 0));
        ZoneOffset wallNow = baseWall;
        ZoneOffset stdNow = byYear.getFirst().zone().standardOffset();
        List<ZoneOffsetTransition> wall = new ArrayList<>();
        List<ZoneOffsetTransition> standard = new ArrayList<>();
        int index = 0;
        for (int year = firstYear; year <= byYear.getLast().year(); year++) {
            while (index + 1 < byYear.size() && byYear.get(index + 1).year() <= year) {
                index++;
            }
            ZoneRules rules = each.get(index);
            ZoneOffset std = byYear.get(index).zone().standardOffset();
            LocalDateTime newYear = LocalDateTime.of(year, 1, 1, 0, 0);
            ZoneOffset wallAtNewYear = rules.getOffset(newYear);
            if (!wallAtNewYear.equals(wallNow)) {
                wall.add(ZoneOffsetTransition.of(newYear, wallNow, wallAtNewYear));
            }
            if (!std.equals(stdNow)) {
                standard.add(ZoneOffsetTransition.of(newYear, stdNow, std));
                stdNow = std;
            }
            wallNow = wallAtNewYear;
            for (ZoneOffsetTransition t : transitionsIn(rules, year)) {
                wall.add(t);
                wallNow = t.getOffsetAfter();
            }
        }
        return ZoneRules.of(byYear.getFirst().zone().standardOffset(), baseWall, standard, wall,
                each.getLast().getTransitionRules());
    }

    /** The year's transitions: from the yearly rules, or the explicit ones of a rule with absolute dates. */
    private static List<ZoneOffsetTransition> transitionsIn(ZoneRules rules, int year) {
        List<ZoneOffsetTransition> out = new ArrayList<>();
        if (rules.getTransitionRules().isEmpty()) {
            rules.getTransitions().stream().filter(t -> t.getDateTimeBefore().getYear() == year).forEach(out::add);
        }
        for (var rule : rules.getTransitionRules()) {
            out.add(rule.createTransition(year));
        }
        out.sort(null);
        return out;
    }

    private static Rule rule(ByteReader r, int index) {
        String at = "TZRule[" + index + "]";
        version(r.u8(), r.u8(), at);
        r.u16();
        int flags = r.u16();
        int year = r.u16();
        r.skip(14);
        ByteWriter struct = new ByteWriter(TimeZoneStruct.SIZE);
        struct.bytes(r.bytes(12)).u16(0).bytes(r.bytes(16)).u16(0).bytes(r.bytes(16));
        try {
            return new Rule(flags, year, TimeZoneStruct.read(struct.toByteArray()));
        } catch (MapiCodecException e) {
            throw new MapiCodecException(at + ": " + e.getMessage());
        }
    }

    private static void version(int major, int minor, String what) {
        if (major != MAJOR || minor != MINOR) {
            throw new MapiCodecException(what + ": version " + major + "." + minor + ", expected 2.1");
        }
    }

    private static void need(ByteReader r, int count, String what) {
        if (count > r.remaining()) {
            throw new MapiCodecException("TZDEFINITION " + what + ": needs " + count + " bytes, " + r.remaining()
                    + " remain");
        }
    }
}
