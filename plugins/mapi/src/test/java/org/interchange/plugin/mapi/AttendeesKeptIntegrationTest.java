package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.SyncScope;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An offline edit of a meeting replaces the whole message on the server ([MS-OXCFXICS] 2.2.3.2.4.2); the cache
 * does not hold a meeting's attendees, so the upload must carry the server's over instead of removing them.
 */
class AttendeesKeptIntegrationTest {
    private static final Instant START = Instant.parse("2027-02-01T09:00:00Z");
    private static final PropertyTag RECIPIENT_TYPE = new PropertyTag(0x0C150003);
    private static final PropertyTag DISPLAY_NAME = new PropertyTag(0x3001001F);
    private static final PropertyTag ADDRESS_TYPE = new PropertyTag(0x3002001F);
    private static final PropertyTag EMAIL_ADDRESS = new PropertyTag(0x3003001F);
    private static final PropertyTag SMTP_ADDRESS = new PropertyTag(0x39FE001F);

    @TempDir
    Path dir;
    LoopbackMailbox server;

    @BeforeEach
    void start() {
        server = new LoopbackMailbox(dir.resolve("server"));
        server.registerNamedProperties(ItemProperties.NAMED);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void editingAMeetingsLocationOfflineKeepsItsAttendeesOnTheServer() {
        long meeting = server.add(SpecialFolder.CALENDAR, new NewMessage(List.of(
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Appointment"), PropertyValue.of(PidTag.SUBJECT, "Review"),
                PropertyValue.of(server.tag(PidLid.APPOINTMENT_START_WHOLE), START),
                PropertyValue.of(server.tag(PidLid.APPOINTMENT_END_WHOLE), START.plusSeconds(3600)),
                PropertyValue.of(server.tag(PidLid.LOCATION), "Room 1")),
                List.of(attendee(1, "Ada Lovelace", "ada@example.org"), attendee(2, "Alan Turing", "alan@example.org")),
                List.of()));
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            ItemDetail event = MailScopeIntegrationTest.detail(cache, "Calendar", "Review");
            cache.update(event.summary().id(), new ItemContent("Review", null, null, START, START.plusSeconds(3600),
                    Map.of(ItemFields.LOCATION, "Room 2")));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }

        long now = server.messages(SpecialFolder.CALENDAR).getFirst();
        assertThat(now).isEqualTo(meeting);
        assertThat(server.value(now, server.tag(PidLid.LOCATION))).contains("Room 2");
        assertThat(server.recipients(now)).extracting(r -> value(r, SMTP_ADDRESS) + "/" + value(r, RECIPIENT_TYPE))
                .containsExactlyInAnyOrder("ada@example.org/1", "alan@example.org/2");
    }

    private static List<PropertyValue> attendee(int type, String name, String address) {
        return List.of(PropertyValue.of(RECIPIENT_TYPE, type), PropertyValue.of(DISPLAY_NAME, name),
                PropertyValue.of(ADDRESS_TYPE, "SMTP"), PropertyValue.of(EMAIL_ADDRESS, address),
                PropertyValue.of(SMTP_ADDRESS, address));
    }

    private static Object value(List<PropertyValue> row, PropertyTag tag) {
        return row.stream().filter(v -> v.tag().equals(tag)).map(PropertyValue::value).findFirst().orElse(null);
    }
}
