package org.interchange.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.interchange.ui.calendar.MeetingResponseViewModel.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingResponseViewModelTest {
    private static final Instant START = Instant.parse("2026-12-03T14:00:00Z");
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private CachedFolder inbox;
    private CachedFolder calendar;
    private MeetingResponseViewModel model;

    @BeforeEach
    void setUp() {
        cache.saveAccount(new org.interchange.cache.api.AccountInfo("a", "alice@example.org", "fake",
                "https://mail.example.org", "alice"));
        inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        calendar = cache.addFolder("a", "cal", null, "Calendar", FolderKind.CALENDAR);
        model = new MeetingResponseViewModel(cache, cache, executor,
                Clock.fixed(Instant.parse("2026-11-29T20:00:00Z"), ZoneOffset.UTC));
    }

    private ItemSummary request(String uid) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of(ItemFields.MESSAGE_CLASS,
                "IPM.Schedule.Meeting.Request", PimFields.MEETING_START, START.toString(), PimFields.MEETING_END,
                START.plusSeconds(3600).toString(), ItemFields.LOCATION, "Room 7", PimFields.MEETING_SEQUENCE, "2"));
        if (uid != null) {
            fields.put(PimFields.MEETING_UID, uid);
        }
        return cache.addItem(inbox, "Design review", "Bob Builder <bob@example.org>", Instant.now(), false,
                "Let's look at the design.", null, fields, List.of());
    }

    @Test
    void onlyMeetingRequestsShowTheAnswers() {
        ItemSummary plain = cache.addMail(inbox, "Hello", "Bob <bob@example.org>", Instant.now(), false);
        model.show(plain);
        executor.runAll();
        assertThat(model.requestProperty().get()).isNull();
        model.show(request("uid-1"));
        executor.runAll();
        assertThat(model.requestProperty().get()).isNotNull();
        model.show(null);
        assertThat(model.requestProperty().get()).isNull();
    }

    @Test
    void acceptingSendsAnITipReplyAndMarksTheCalendarItem() {
        ItemSummary item = cache.addItem(calendar, "Design review", "bob", START, true, "", null,
                Map.of(PimFields.MEETING_UID, "uid-1"), List.of());
        model.show(request("uid-1"));
        executor.runAll();
        model.respond(Response.ACCEPT);
        executor.runAll();

        assertThat(cache.outgoing).containsExactly("send:bob@example.org:Accepted: Design review");
        String ics = cache.sentFiles.get("reply.ics");
        assertThat(ics).contains("METHOD:REPLY\r\n", "UID:uid-1\r\n", "SEQUENCE:2\r\n", "DTSTART:20261203T140000Z\r\n",
                "ORGANIZER:mailto:bob@example.org\r\n", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:alice@example.org\r\n");
        assertThat(cache.item(item.id()).orElseThrow().fields()).containsEntry(PimFields.RESPONSE_STATUS, "3");
        assertThat(model.messageProperty().get()).startsWith("Accepted");
    }

    @Test
    void tentativeWithoutACalendarItemPutsTheMeetingInTheCalendar() {
        model.show(request(null));
        executor.runAll();
        model.respond(Response.TENTATIVE);
        executor.runAll();

        assertThat(cache.outgoing).containsExactly("send:bob@example.org:Tentative: Design review");
        assertThat(cache.sentFiles).isEmpty(); // no UID, no iTIP object
        List<ItemSummary> items = cache.items(calendar.id(), ItemSort.DATE_ASC, 0, 10);
        assertThat(items).extracting(ItemSummary::subject, ItemSummary::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Design review", START));
        assertThat(cache.item(items.getFirst().id()).orElseThrow().fields())
                .containsEntry(PimFields.RESPONSE_STATUS, "2").containsEntry(ItemFields.LOCATION, "Room 7");
    }

    @Test
    void decliningTakesTheMeetingOutOfTheCalendar() {
        ItemSummary item = cache.addItem(calendar, "Design review", "bob", START, true, "", null, Map.of(), List.of());
        model.show(request("uid-9"));
        executor.runAll();
        model.respond(Response.DECLINE);
        executor.runAll();
        assertThat(cache.sentFiles.get("reply.ics")).contains("PARTSTAT=DECLINED");
        assertThat(cache.item(item.id())).isEmpty();
    }

    @Test
    void iTipTextIsEscapedAndLongLinesAreFolded() {
        String ics = ITipReply.of("u", 0, "Budget; Q1, \"final\"\n" + "x".repeat(100), null, null, "o@example.org",
                "a@example.org", "ACCEPTED", Instant.EPOCH);
        assertThat(ics).contains("SUMMARY:Budget\\; Q1\\, \"final\"\\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n x");
    }
}
