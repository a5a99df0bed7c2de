package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemSort;
import org.interchange.cache.api.ItemSummary;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.api.SyncListener;
import org.interchange.cache.api.SyncScope;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.CancellationToken;
import org.interchange.cache.sync.SyncEngine;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.rtf.CompressedRtf;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mail between a real mapi-server on loopback and a real H2 cache: thread headers both ways, RTF-only bodies,
 * and the wizard's {@link SyncScope} (a span of received times, headers only with bodies fetched when read).
 */
class MailScopeIntegrationTest {
    private static final Instant NOW = Instant.now();

    @TempDir
    Path dir;
    LoopbackMailbox server;

    @BeforeEach
    void start() {
        server = new LoopbackMailbox(dir.resolve("server"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void threadHeadersAndRtfOnlyBodiesReachTheCache() {
        server.add(SpecialFolder.INBOX, mail("Re: Budget", NOW, List.of(
                PropertyValue.of(PidTag.BODY, "Numbers attached."),
                PropertyValue.of(PidTag.INTERNET_MESSAGE_ID, "<b2@example.org>"),
                PropertyValue.of(PidTag.IN_REPLY_TO_ID, "<a1@example.org>"),
                PropertyValue.of(PidTag.INTERNET_REFERENCES, "<root@example.org> <a1@example.org>"))));
        byte[] rtf = CompressedRtf.compress("{\\rtf1\\ansi Hello from RTF\\par}".getBytes(StandardCharsets.US_ASCII));
        server.add(SpecialFolder.INBOX, mail("Rich", NOW, List.of(PropertyValue.of(PidTag.RTF_COMPRESSED, rtf))));

        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache")); Backend backend = server.backend(SyncScope.ALL)) {
            sync(cache, backend);

            ItemDetail reply = detail(cache, "Inbox", "Re: Budget");
            assertThat(reply.fields()).containsEntry("internetMessageId", "<b2@example.org>")
                    .containsEntry("inReplyTo", "<a1@example.org>")
                    .containsEntry("references", "<root@example.org> <a1@example.org>");
            ItemDetail rich = detail(cache, "Inbox", "Rich");
            assertThat(rich.bodyText()).contains("Hello from RTF");
        }
    }

    @Test
    void aReplyWrittenOfflineCarriesItsThreadHeadersToTheServer() {
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache")); Backend backend = server.backend(SyncScope.ALL)) {
            sync(cache, backend);
            cache.saveDraft(LoopbackMailbox.ACCOUNT, OptionalLong.empty(), new MessageDraft(List.of("a@example.org"),
                    List.of(), List.of(), "Re: Plan", "Agreed.", null, List.of(), Map.of(
                            ItemFields.IN_REPLY_TO, "<p1@example.org>",
                            ItemFields.REFERENCES, "<p0@example.org> <p1@example.org>")));

            SyncResult result = sync(cache, backend);

            assertThat(result.uploaded()).isEqualTo(1);
            long draft = server.messages(SpecialFolder.DRAFTS).stream()
                    .filter(mid -> server.value(mid, PidTag.SUBJECT).orElse("").equals("Re: Plan"))
                    .findFirst().orElseThrow();
            assertThat(server.value(draft, PidTag.IN_REPLY_TO_ID)).contains("<p1@example.org>");
            assertThat(server.value(draft, PidTag.INTERNET_REFERENCES)).contains("<p0@example.org> <p1@example.org>");
        }
    }

    @Test
    void aSpanKeepsOnlyRecentMailButEveryAppointmentAndDraft() {
        server.add(SpecialFolder.INBOX, mail("Recent", NOW.minus(Duration.ofDays(10)), List.of()));
        server.add(SpecialFolder.INBOX, mail("Old", NOW.minus(Duration.ofDays(100)), List.of()));
        server.add(SpecialFolder.DRAFTS, List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.SUBJECT, "Unsent")));
        server.add(SpecialFolder.CALENDAR, List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Appointment"),
                PropertyValue.of(PidTag.SUBJECT, "Long ago"),
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, NOW.minus(Duration.ofDays(400)))));

        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.LAST_30_DAYS)) {
            sync(cache, backend);

            assertThat(subjects(cache, "Inbox")).containsExactly("Recent");
            assertThat(subjects(cache, "Drafts")).containsExactly("Unsent");
            assertThat(subjects(cache, "Calendar")).containsExactly("Long ago");
        }
    }

    @Test
    void headersOnlyLeavesBodiesOnTheServerUntilTheMessageIsRead() {
        server.add(SpecialFolder.INBOX, new NewMessage(mail("Report", NOW, List.of(
                PropertyValue.of(PidTag.BODY, "The quarterly report."),
                PropertyValue.of(server.tag(PidName.KEYWORDS), List.of("Finance")))), List.of(), List.of(List.of(
                PropertyValue.of(PidTag.ATTACH_METHOD, 1),
                PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "report.txt"),
                PropertyValue.of(PidTag.ATTACH_MIME_TAG, "text/plain"),
                PropertyValue.of(PidTag.ATTACH_DATA_BINARY, "figures".getBytes(StandardCharsets.US_ASCII))))));
        server.add(SpecialFolder.INBOX, mail("Plain", NOW, List.of(PropertyValue.of(PidTag.BODY, "No files."))));
        server.add(SpecialFolder.NOTES, List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.StickyNote"),
                PropertyValue.of(PidTag.SUBJECT, "Milk"), PropertyValue.of(PidTag.BODY, "Milk\r\nEggs")));

        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.HEADERS_ONLY)) {
            sync(cache, backend);

            ItemDetail headers = detail(cache, "Inbox", "Report");
            assertThat(headers.bodyText()).isNull();
            assertThat(headers.attachments()).isEmpty();
            assertThat(headers.field(ItemFields.BODY_NOT_DOWNLOADED)).isEqualTo("true");
            assertThat(headers.field(ItemMapper.HAS_ATTACHMENTS)).isEqualTo("true");
            assertThat(headers.field(CategoryFields.CATEGORIES)).isEqualTo("Finance");
            assertThat(detail(cache, "Inbox", "Plain").field(ItemMapper.HAS_ATTACHMENTS)).isNull();
            assertThat(detail(cache, "Notes", "Milk").bodyText()).contains("Eggs");

            cache.attachBackend(LoopbackMailbox.ACCOUNT, backend);
            ItemDetail whole = detail(cache, "Inbox", "Report");
            assertThat(whole.bodyText()).isEqualTo("The quarterly report.");
            assertThat(whole.attachments()).singleElement().satisfies(a -> {
                assertThat(a.fileName()).isEqualTo("report.txt");
                assertThat(cache.attachmentContent(a.id())).isEqualTo("figures".getBytes(StandardCharsets.US_ASCII));
            });
            assertThat(whole.fields()).doesNotContainKey(ItemFields.BODY_NOT_DOWNLOADED)
                    .containsEntry(CategoryFields.CATEGORIES, "Finance");
        }
    }

    @Test
    void categorizingAMessageSyncedWithoutItsBodyKeepsTheBodyAndFilesOnTheServer() {
        long mid = server.add(SpecialFolder.INBOX, new NewMessage(mail("Report", NOW, List.of(
                PropertyValue.of(PidTag.BODY, "The quarterly report."))), List.of(), List.of(List.of(
                PropertyValue.of(PidTag.ATTACH_METHOD, 1),
                PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "report.txt"),
                PropertyValue.of(PidTag.ATTACH_MIME_TAG, "text/plain"),
                PropertyValue.of(PidTag.ATTACH_DATA_BINARY, "figures".getBytes(StandardCharsets.US_ASCII))))));
        PropertyTag keywords = server.tag(PidName.KEYWORDS);

        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.HEADERS_ONLY)) {
            sync(cache, backend);
            ItemDetail headers = detail(cache, "Inbox", "Report");
            assertThat(headers.field(ItemFields.BODY_NOT_DOWNLOADED)).isEqualTo("true");

            cache.setCategories(headers.summary().id(), List.of("Finance"));
            SyncResult result = sync(cache, backend);
            assertThat(result.uploaded()).isEqualTo(1);
        }

        long now = server.messages(SpecialFolder.INBOX).getFirst();
        assertThat(server.value(now, keywords)).contains(List.of("Finance"));
        assertThat(server.value(now, PidTag.BODY)).contains("The quarterly report.");
        assertThat(server.attachments(now)).singleElement().satisfies(a -> assertThat(a)
                .anySatisfy(v -> assertThat(v.tag()).isEqualTo(PidTag.ATTACH_LONG_FILENAME))
                .anySatisfy(v -> assertThat(v.value()).isEqualTo("figures".getBytes(StandardCharsets.US_ASCII))));
        assertThat(now).isEqualTo(mid);
    }

    @Test
    void headersOnlyOfflineTheMessageStaysMarkedNotDownloaded() {
        server.add(SpecialFolder.INBOX, mail("Report", NOW, List.of(PropertyValue.of(PidTag.BODY, "Text"))));
        Path profile = dir.resolve("cache");
        try (H2CacheStore cache = LoopbackMailbox.cache(profile); Backend backend = server.backend(SyncScope.HEADERS_ONLY)) {
            sync(cache, backend);
        }
        try (H2CacheStore cache = H2CacheStore.open(profile); Backend gone = new MapiBackendFactory().create(
                new org.interchange.cache.spi.AccountSettings(LoopbackMailbox.ACCOUNT, "http://127.0.0.1:9/mapi/emsmdb",
                        "pim", "x".toCharArray(), SyncScope.HEADERS_ONLY))) {
            cache.attachBackend(LoopbackMailbox.ACCOUNT, gone);
            ItemDetail d = detail(cache, "Inbox", "Report");
            assertThat(d.bodyText()).isNull();
            assertThat(d.field(ItemFields.BODY_NOT_DOWNLOADED)).isEqualTo("true");
        }
    }

    private static List<PropertyValue> mail(String subject, Instant received, List<PropertyValue> more) {
        List<PropertyValue> p = new java.util.ArrayList<>(List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.SUBJECT, subject), PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, received),
                PropertyValue.of(PidTag.MESSAGE_FLAGS, 1)));
        p.addAll(more);
        return p;
    }

    static SyncResult sync(H2CacheStore cache, Backend backend) {
        SyncResult result = new SyncEngine(cache, LoopbackMailbox.ACCOUNT, backend).run(SyncListener.NONE,
                new CancellationToken());
        assertThat(result.failedFolders()).isEmpty();
        return result;
    }

    static CachedFolder folder(H2CacheStore cache, String name) {
        return cache.folders(LoopbackMailbox.ACCOUNT).stream().filter(f -> f.displayName().equals(name)).findFirst()
                .orElseThrow();
    }

    static List<String> subjects(H2CacheStore cache, String folder) {
        return cache.items(folder(cache, folder).id(), ItemSort.DATE_DESC, 0, 100).stream().map(ItemSummary::subject)
                .toList();
    }

    static ItemDetail detail(H2CacheStore cache, String folder, String subject) {
        ItemSummary s = cache.items(folder(cache, folder).id(), ItemSort.DATE_DESC, 0, 100).stream()
                .filter(i -> subject.equals(i.subject())).findFirst().orElseThrow();
        return cache.item(s.id()).orElseThrow();
    }
}
