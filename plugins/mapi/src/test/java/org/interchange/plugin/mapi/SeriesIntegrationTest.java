package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.OccurrenceChange;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.api.SyncScope;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrencePattern;
import org.interchange.mapi.objects.recurrence.AppointmentRecurrenceReader;
import org.interchange.mapi.objects.recurrence.RecurrenceExpander;
import org.interchange.mapi.objects.timezone.TimeZoneDefinition;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Series and cleared fields between a real mapi-server on loopback and a real H2 cache: a weekly Berlin meeting
 * with a moved and a deleted occurrence keeps its local time across daylight saving both ways, and fields the
 * user clears are gone on the server after the upload.
 */
class SeriesIntegrationTest {
    /** Mondays at 09:00 Berlin time from 15 March 2027; daylight saving starts on 28 March. */
    private static final Instant FIRST = Instant.parse("2027-03-15T08:00:00Z");
    private static final Instant SECOND = Instant.parse("2027-03-22T08:00:00Z");
    private static final Instant THIRD = Instant.parse("2027-03-29T07:00:00Z");

    @TempDir
    Path dir;
    LoopbackMailbox server;

    @BeforeEach
    void start() {
        server = new LoopbackMailbox(dir.resolve("server"));
        List<PidLid> names = new ArrayList<>(ItemProperties.NAMED);
        names.addAll(List.of(PidLid.RECURRENCE_TYPE, PidLid.RECURRENCE_PATTERN));
        server.registerNamedProperties(names);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aWeeklyBerlinSeriesWithChangedOccurrencesKeepsItsLocalTimeBothWays() {
        OccurrenceChange moved = new OccurrenceChange(THIRD, THIRD.plusSeconds(7200), THIRD.plusSeconds(10800),
                "Moved review", "Room 2");
        Map<String, String> fields = Map.of(ItemFields.LOCATION, "Room 1",
                PimFields.RECURRENCE_RULE, "FREQ=WEEKLY;BYDAY=MO;COUNT=6",
                PimFields.TIME_ZONE, "Europe/Berlin",
                PimFields.DELETED_OCCURRENCES, SECOND.toString(),
                PimFields.MODIFIED_OCCURRENCES, OccurrenceChange.formatAll(List.of(moved)));
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("writer"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            cache.create(MailScopeIntegrationTest.folder(cache, "Calendar").id(),
                    new ItemContent("Review", "Weekly review", null, FIRST, FIRST.plusSeconds(3600), fields));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }

        long mid = server.messages(SpecialFolder.CALENDAR).getFirst();
        byte[] blob = (byte[]) server.value(mid, server.tag(PidLid.APPOINTMENT_RECUR)).orElseThrow();
        AppointmentRecurrencePattern series = AppointmentRecurrenceReader.read(blob);
        assertThat(series.startTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(series.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("Moved review");
            assertThat(e.location()).isEqualTo("Room 2");
            assertThat(e.start()).isEqualTo(LocalDate.of(2027, 3, 29).atTime(11, 0));
        });
        byte[] zone = (byte[]) server.value(mid, server.tag(PidLid.APPOINTMENT_TIME_ZONE_DEFINITION_RECUR)).orElseThrow();
        ZoneRules rules = TimeZoneDefinition.read(zone).toZoneRules();
        List<Instant> starts = RecurrenceExpander.expand(series, rules, FIRST.atZone(ZoneOffset.UTC),
                FIRST.plusSeconds(40L * 86400).atZone(ZoneOffset.UTC)).stream().map(o -> o.start().toInstant()).toList();
        assertThat(starts).doesNotContain(SECOND)
                .contains(FIRST, Instant.parse("2027-04-05T07:00:00Z"), Instant.parse("2027-04-19T07:00:00Z"));
        assertThat(server.attachments(mid)).singleElement()
                .satisfies(a -> assertThat(a).contains(PropertyValue.of(PidTag.EXCEPTION_REPLACE_TIME, THIRD)));

        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("reader"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            ItemDetail back = MailScopeIntegrationTest.detail(cache, "Calendar", "Review");
            assertThat(back.fields()).containsEntry(PimFields.TIME_ZONE, "Europe/Berlin")
                    .containsEntry(PimFields.DELETED_OCCURRENCES, SECOND.toString());
            assertThat(back.field(PimFields.RECURRENCE_RULE)).startsWith("FREQ=WEEKLY");
            assertThat(OccurrenceChange.parseAll(back.field(PimFields.MODIFIED_OCCURRENCES))).containsExactly(moved);
            assertThat(back.attachments()).isEmpty();

            cache.update(back.summary().id(), new ItemContent("Weekly review", back.bodyText(), back.bodyHtml(),
                    back.summary().date(), back.summary().endDate(), back.fields()));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }
        assertThat(server.value(mid, PidTag.SUBJECT)).contains("Weekly review");
        assertThat(server.value(mid, server.tag(PidLid.APPOINTMENT_RECUR))).hasValueSatisfying(v ->
                assertThat((byte[]) v).isEqualTo(blob));
        assertThat(server.attachments(mid)).as("the exception is written again, not kept beside its new copy")
                .singleElement()
                .satisfies(a -> assertThat(a).contains(PropertyValue.of(PidTag.EXCEPTION_REPLACE_TIME, THIRD)));
    }

    @Test
    void fieldsClearedInTheCacheAreRemovedOnTheServer() {
        server.add(SpecialFolder.CONTACTS, List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Contact"),
                PropertyValue.of(PidTag.DISPLAY_NAME, "Ada Lovelace"), PropertyValue.of(PidTag.SUBJECT, "Ada Lovelace"),
                PropertyValue.of(PidTag.BUSINESS_TELEPHONE_NUMBER, "+44 20 7946 0000"),
                PropertyValue.of(PidTag.MOBILE_TELEPHONE_NUMBER, "+44 7700 900000")));
        server.add(SpecialFolder.CALENDAR, List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Appointment"),
                PropertyValue.of(PidTag.SUBJECT, "Planning"),
                PropertyValue.of(server.tag(PidLid.APPOINTMENT_START_WHOLE), FIRST),
                PropertyValue.of(server.tag(PidLid.APPOINTMENT_END_WHOLE), FIRST.plusSeconds(3600)),
                PropertyValue.of(server.tag(PidLid.LOCATION), "Room 1")));
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            ItemDetail card = MailScopeIntegrationTest.detail(cache, "Contacts", "Ada Lovelace");
            ItemDetail event = MailScopeIntegrationTest.detail(cache, "Calendar", "Planning");
            assertThat(card.field(ItemFields.BUSINESS_PHONE)).isEqualTo("+44 20 7946 0000");
            assertThat(event.field(ItemFields.LOCATION)).isEqualTo("Room 1");

            cache.update(card.summary().id(), new ItemContent("Ada Lovelace", null, null, null, null,
                    Map.of(ItemFields.BUSINESS_PHONE, "", ItemFields.MOBILE_PHONE, "+44 7700 900000")));
            cache.update(event.summary().id(), new ItemContent("Planning", null, null, FIRST, FIRST.plusSeconds(3600),
                    Map.of(ItemFields.LOCATION, "")));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(2);
        }

        long contact = server.messages(SpecialFolder.CONTACTS).getFirst();
        long meeting = server.messages(SpecialFolder.CALENDAR).getFirst();
        assertThat(server.value(contact, PidTag.BUSINESS_TELEPHONE_NUMBER)).isEmpty();
        assertThat(server.value(contact, PidTag.MOBILE_TELEPHONE_NUMBER)).contains("+44 7700 900000");
        assertThat(server.value(meeting, server.tag(PidLid.LOCATION))).isEmpty();
    }
}
