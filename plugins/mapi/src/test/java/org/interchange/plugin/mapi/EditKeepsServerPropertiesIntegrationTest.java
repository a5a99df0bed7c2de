package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.interchange.cache.api.DraftAttachment;
import org.interchange.cache.api.ItemContent;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.MessageDraft;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.api.SyncScope;
import org.interchange.cache.h2.H2CacheStore;
import org.interchange.cache.spi.Backend;
import org.interchange.cache.spi.PendingOperation;
import org.interchange.cache.sync.SyncResult;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.server.store.EmbeddedMessageCodec;
import org.interchange.mapi.server.store.NewMessage;
import org.interchange.mapi.server.store.SpecialFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An offline edit uploads a whole message ([MS-OXCFXICS] 3.2.5.9.4.2: the server purges the old version's
 * properties first); what the cache does not hold (categories it does, meeting ids, flags, importance, custom named
 * properties, a value too large to come inline) must stay on the server, the edited part must change, and a part
 * the user cleared must go.
 */
class EditKeepsServerPropertiesIntegrationTest {
    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private static final PidName CUSTOM = new PidName(PidName.PS_PUBLIC_STRINGS, "X-Interchange-Test",
            PropertyType.STRING);
    private static final PidName LARGE = new PidName(PidName.PS_PUBLIC_STRINGS, "X-Interchange-Large",
            PropertyType.BINARY);
    private static final byte[] GOID = {4, 0, 0, 0, (byte) 0x82, 0, (byte) 0xE0, 0, 0x74, (byte) 0xC5, 1, 2, 3};
    private static final byte[] BIG = new byte[6000];
    private static final PropertyTag RECIPIENT_TYPE = new PropertyTag(0x0C150003);
    private static final PropertyTag SMTP_ADDRESS = new PropertyTag(0x39FE001F);
    /** PidTagAttachTag, PidTagRenderingPosition, PidTagAttachmentHidden, PidTagAttachLongPathname, [MS-OXCMSG] 2.2.2. */
    private static final PropertyTag ATTACH_TAG = new PropertyTag(0x370A0102);
    private static final PropertyTag RENDERING_POSITION = new PropertyTag(0x370B0003);
    private static final PropertyTag ATTACHMENT_HIDDEN = new PropertyTag(0x7FFE000B);
    private static final PropertyTag ATTACH_LONG_PATHNAME = new PropertyTag(0x370D001F);
    /** PidTagAttachContentId and PidTagAttachFlags, [MS-OXCMSG] 2.2.2.13 and 2.2.2.18. */
    private static final PropertyTag ATTACH_CONTENT_ID = new PropertyTag(0x3712001F);
    private static final PropertyTag ATTACH_FLAGS = new PropertyTag(0x37140003);

    static {
        Arrays.fill(BIG, (byte) 0x5A);
    }

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
    void editingAMeetingsSubjectKeepsWhatTheCacheDoesNotHoldAndClearingRemoves() {
        long meeting = server.add(SpecialFolder.CALENDAR, List.of(
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Appointment"), PropertyValue.of(PidTag.SUBJECT, "Review"),
                PropertyValue.of(PidTag.BODY, "Agenda"), PropertyValue.of(PidTag.IMPORTANCE, 2),
                PropertyValue.of(server.tag(PidLid.APPOINTMENT_START_WHOLE), START),
                PropertyValue.of(server.tag(PidLid.APPOINTMENT_END_WHOLE), START.plusSeconds(3600)),
                PropertyValue.of(server.tag(PidLid.LOCATION), "Room 1"),
                PropertyValue.of(server.tag(PidLid.GLOBAL_OBJECT_ID), GOID),
                PropertyValue.of(server.tag(PidLid.CLEAN_GLOBAL_OBJECT_ID), GOID),
                PropertyValue.of(server.tag(PidLid.APPOINTMENT_STATE_FLAGS), 1),
                PropertyValue.of(server.tag(PidName.KEYWORDS), List.of("Red", "Project X")),
                PropertyValue.of(server.tag(CUSTOM), "kept"), PropertyValue.of(server.tag(LARGE), BIG)));
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            ItemDetail event = MailScopeIntegrationTest.detail(cache, "Calendar", "Review");
            assertThat(event.field(CategoryFields.CATEGORIES)).isEqualTo("Red\nProject X");

            cache.update(event.summary().id(), edit(event, "Review (moved)", Map.of()));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
            assertThat(server.value(meeting, PidTag.SUBJECT)).contains("Review (moved)");
            assertThat(server.value(meeting, server.tag(PidLid.LOCATION))).contains("Room 1");
            assertThat(server.value(meeting, PidTag.BODY)).contains("Agenda");
            assertThat(server.value(meeting, server.tag(PidName.KEYWORDS))).contains(List.of("Red", "Project X"));
            assertThat(server.value(meeting, server.tag(CUSTOM))).contains("kept");
            assertThat(server.value(meeting, server.tag(LARGE))).hasValueSatisfying(v -> assertThat((byte[]) v)
                    .isEqualTo(BIG));
            assertThat(server.value(meeting, server.tag(PidLid.GLOBAL_OBJECT_ID)))
                    .hasValueSatisfying(v -> assertThat((byte[]) v).isEqualTo(GOID));
            assertThat(server.value(meeting, server.tag(PidLid.CLEAN_GLOBAL_OBJECT_ID)))
                    .hasValueSatisfying(v -> assertThat((byte[]) v).isEqualTo(GOID));
            assertThat(server.value(meeting, server.tag(PidLid.APPOINTMENT_STATE_FLAGS))).contains(1);
            assertThat(server.value(meeting, PidTag.IMPORTANCE)).contains(2);

            ItemDetail edited = MailScopeIntegrationTest.detail(cache, "Calendar", "Review (moved)");
            Map<String, String> cleared = new HashMap<>(edited.fields());
            cleared.remove(ItemFields.LOCATION);
            cleared.put(CategoryFields.CATEGORIES, "");
            cache.update(edited.summary().id(), new ItemContent("Review (moved)", edited.bodyText(),
                    edited.bodyHtml(), edited.summary().date(), edited.summary().endDate(), cleared));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }
        assertThat(server.value(meeting, server.tag(PidLid.LOCATION))).isEmpty();
        assertThat(server.value(meeting, server.tag(PidName.KEYWORDS))).isEmpty();
        assertThat(server.value(meeting, server.tag(CUSTOM))).contains("kept");
        assertThat(server.value(meeting, server.tag(PidLid.CLEAN_GLOBAL_OBJECT_ID))).isPresent();
        assertThat(server.value(meeting, PidTag.SUBJECT)).contains("Review (moved)");
    }

    @Test
    void editingAContactKeepsItsOtherFieldsAndClearingTheSecondAddressRemovesItsThreeProperties() {
        long contact = server.add(SpecialFolder.CONTACTS, List.of(
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Contact"), PropertyValue.of(PidTag.SUBJECT, "Grace Hopper"),
                PropertyValue.of(PidTag.DISPLAY_NAME, "Grace Hopper"), PropertyValue.of(PidTag.GIVEN_NAME, "Grace"),
                PropertyValue.of(PidTag.SURNAME, "Hopper"),
                PropertyValue.of(server.tag(PidLid.EMAIL1_EMAIL_ADDRESS), "grace@example.org"),
                PropertyValue.of(server.tag(PidLid.EMAIL2_EMAIL_ADDRESS), "amazing@example.org"),
                PropertyValue.of(server.tag(PidLid.EMAIL2_ADDRESS_TYPE), "SMTP"),
                PropertyValue.of(server.tag(PidLid.EMAIL2_DISPLAY_NAME), "Amazing Grace"),
                PropertyValue.of(server.tag(PidLid.WORK_ADDRESS_CITY), "Arlington"),
                PropertyValue.of(server.tag(PidName.KEYWORDS), List.of("VIP")),
                PropertyValue.of(server.tag(CUSTOM), "kept")));
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            ItemDetail grace = MailScopeIntegrationTest.detail(cache, "Contacts", "Grace Hopper");
            cache.update(grace.summary().id(), edit(grace, "Grace B. Hopper", Map.of()));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
            assertThat(server.value(contact, PidTag.DISPLAY_NAME)).contains("Grace B. Hopper");
            assertThat(server.value(contact, server.tag(PidLid.EMAIL2_DISPLAY_NAME))).contains("Amazing Grace");
            assertThat(server.value(contact, server.tag(PidLid.WORK_ADDRESS_CITY))).contains("Arlington");
            assertThat(server.value(contact, server.tag(PidName.KEYWORDS))).contains(List.of("VIP"));
            assertThat(server.value(contact, server.tag(CUSTOM))).contains("kept");

            ItemDetail renamed = MailScopeIntegrationTest.detail(cache, "Contacts", "Grace B. Hopper");
            cache.update(renamed.summary().id(), edit(renamed, "Grace B. Hopper", Map.of(PimFields.EMAIL2, "")));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }
        for (PidLid email2 : List.of(PidLid.EMAIL2_EMAIL_ADDRESS, PidLid.EMAIL2_ADDRESS_TYPE,
                PidLid.EMAIL2_DISPLAY_NAME)) {
            assertThat(server.value(contact, server.tag(email2))).isEmpty();
        }
        assertThat(server.value(contact, server.tag(PidLid.EMAIL1_EMAIL_ADDRESS))).contains("grace@example.org");
        assertThat(server.value(contact, PidTag.GIVEN_NAME)).contains("Grace");
        assertThat(server.value(contact, server.tag(CUSTOM))).contains("kept");
    }

    @Test
    void savingADraftAgainKeepsItsCategoriesFlagAndCustomProperties() {
        long draft = server.add(SpecialFolder.DRAFTS, new NewMessage(List.of(
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"), PropertyValue.of(PidTag.SUBJECT, "Plan"),
                PropertyValue.of(PidTag.BODY, "first words"), PropertyValue.of(PidTag.IMPORTANCE, 2),
                PropertyValue.of(PidTag.FLAG_STATUS, ChangeUpload.FLAGGED),
                PropertyValue.of(server.tag(PidName.KEYWORDS), List.of("Later")),
                PropertyValue.of(server.tag(CUSTOM), "kept")),
                List.of(List.of(PropertyValue.of(RECIPIENT_TYPE, 1), PropertyValue.of(SMTP_ADDRESS, "bob@example.org"))),
                List.of()));
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            ItemDetail plan = MailScopeIntegrationTest.detail(cache, "Drafts", "Plan");
            cache.saveDraft(LoopbackMailbox.ACCOUNT, OptionalLong.of(plan.summary().id()), new MessageDraft(
                    List.of("bob@example.org"), List.of(), List.of(), "Plan v2", "first words, more", null, List.of()));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }
        assertThat(server.value(draft, PidTag.SUBJECT)).contains("Plan v2");
        assertThat(server.value(draft, PidTag.BODY)).contains("first words, more");
        assertThat(server.value(draft, server.tag(PidName.KEYWORDS))).contains(List.of("Later"));
        assertThat(server.value(draft, server.tag(CUSTOM))).contains("kept");
        assertThat(server.value(draft, PidTag.IMPORTANCE)).contains(2);
        assertThat(server.value(draft, PidTag.FLAG_STATUS)).contains(ChangeUpload.FLAGGED);
        assertThat(server.recipients(draft)).extracting(r -> r.stream().filter(v -> v.tag().equals(SMTP_ADDRESS))
                .map(PropertyValue::value).findFirst().orElse(null)).containsExactly("bob@example.org");
    }

    @Test
    void savingADraftAgainKeepsTheForwardedMessageItCarriesAndTheCacheDoesNotHold() {
        NewMessage forwarded = new NewMessage(List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"),
                PropertyValue.of(PidTag.SUBJECT, "Minutes"), PropertyValue.of(PidTag.BODY, "We met.")),
                List.of(List.of(PropertyValue.of(RECIPIENT_TYPE, 1), PropertyValue.of(PidTag.DISPLAY_NAME, "Ada"),
                        PropertyValue.of(PidTag.ADDRESS_TYPE, "SMTP"),
                        PropertyValue.of(PidTag.EMAIL_ADDRESS, "ada@example.org"),
                        PropertyValue.of(SMTP_ADDRESS, "ada@example.org"))),
                List.of());
        long draft = server.add(SpecialFolder.DRAFTS, new NewMessage(List.of(
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"), PropertyValue.of(PidTag.SUBJECT, "Fwd: Minutes"),
                PropertyValue.of(PidTag.BODY, "See below.")), List.of(), List.of(List.of(
                PropertyValue.of(PidTag.ATTACH_METHOD, 5), PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "Minutes"),
                PropertyValue.of(PidTag.ATTACH_DATA_OBJECT, EmbeddedMessageCodec.serialize(forwarded))))));
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            ItemDetail fwd = MailScopeIntegrationTest.detail(cache, "Drafts", "Fwd: Minutes");
            cache.saveDraft(LoopbackMailbox.ACCOUNT, OptionalLong.of(fwd.summary().id()), new MessageDraft(
                    List.of("bob@example.org"), List.of(), List.of(), "Fwd: Minutes", "See below, Bob.", null,
                    List.of()));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }
        assertThat(server.value(draft, PidTag.BODY)).contains("See below, Bob.");
        assertThat(server.attachments(draft)).singleElement().satisfies(a -> {
            byte[] stored = (byte[]) a.stream().filter(v -> v.tag().equals(PidTag.ATTACH_DATA_OBJECT))
                    .findFirst().orElseThrow().value();
            NewMessage kept = EmbeddedMessageCodec.deserialize(stored);
            assertThat(kept.properties()).anySatisfy(v -> assertThat(v.value()).isEqualTo("Minutes"))
                    .anySatisfy(v -> assertThat(v.value()).isEqualTo("We met."));
            assertThat(kept.recipients()).singleElement().satisfies(r -> assertThat(r)
                    .anySatisfy(v -> assertThat(v.value()).isEqualTo("ada@example.org")));
        });
    }

    @Test
    void savingADraftAgainKeepsItsOleByReferenceAndFileAttachmentsWithAllTheirProperties() {
        List<List<PropertyValue>> attachments = List.of(
                List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 6), PropertyValue.of(PidTag.ATTACH_LONG_FILENAME,
                        "Chart"), PropertyValue.of(PidTag.ATTACH_DATA_BINARY, BIG),
                        PropertyValue.of(ATTACH_TAG, new byte[] {0x2A, (byte) 0x86, 0x48, 3}),
                        PropertyValue.of(RENDERING_POSITION, 12), PropertyValue.of(ATTACHMENT_HIDDEN, true)),
                List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 2), PropertyValue.of(PidTag.ATTACH_LONG_FILENAME,
                        "plan.xlsx"), PropertyValue.of(ATTACH_LONG_PATHNAME, "\\\\files\\plans\\plan.xlsx"),
                        PropertyValue.of(PidTag.ATTACH_MIME_TAG, "application/vnd.ms-excel")),
                List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 4), PropertyValue.of(PidTag.ATTACH_LONG_FILENAME,
                        "budget.xlsx"), PropertyValue.of(ATTACH_LONG_PATHNAME, "\\\\files\\plans\\budget.xlsx"),
                        PropertyValue.of(PidTag.DISPLAY_NAME, "Budget")),
                List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 7), PropertyValue.of(PidTag.ATTACH_LONG_FILENAME,
                        "roadmap.docx"), PropertyValue.of(ATTACH_LONG_PATHNAME, "https://files.example.org/roadmap")),
                List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 1), PropertyValue.of(PidTag.ATTACH_LONG_FILENAME,
                        "logo.png"), PropertyValue.of(PidTag.ATTACH_MIME_TAG, "image/png"),
                        PropertyValue.of(PidTag.ATTACH_DATA_BINARY, new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                        PropertyValue.of(ATTACH_CONTENT_ID, "logo@plans"), PropertyValue.of(ATTACHMENT_HIDDEN, true),
                        PropertyValue.of(ATTACH_FLAGS, 4), PropertyValue.of(RENDERING_POSITION, -1)));
        long draft = server.add(SpecialFolder.DRAFTS, new NewMessage(List.of(
                PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Note"), PropertyValue.of(PidTag.SUBJECT, "Plans"),
                PropertyValue.of(PidTag.BODY, "See the plans.")), List.of(), attachments));
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            ItemDetail plans = MailScopeIntegrationTest.detail(cache, "Drafts", "Plans");
            assertThat(plans.attachments()).as("the cache holds the by-value file only").singleElement()
                    .satisfies(a -> assertThat(a.fileName()).isEqualTo("logo.png"));
            cache.saveDraft(LoopbackMailbox.ACCOUNT, OptionalLong.of(plans.summary().id()), new MessageDraft(
                    List.of("bob@example.org"), List.of(), List.of(), "Plans", "See the plans, Bob.", null,
                    List.of(DraftAttachment.cached(plans.attachments().getFirst().id()))));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }
        assertThat(server.value(draft, PidTag.BODY)).contains("See the plans, Bob.");
        List<List<PropertyValue>> kept = server.attachments(draft);
        assertThat(kept).hasSize(attachments.size());
        for (List<PropertyValue> original : attachments) {
            assertThat(kept).as("an attachment with every property of %s", original).anySatisfy(a -> {
                for (PropertyValue v : original) {
                    assertThat(a).anySatisfy(k -> {
                        assertThat(k.tag()).isEqualTo(v.tag());
                        assertThat(k.value()).isEqualTo(v.value());
                    });
                }
            });
        }
    }

    @Test
    void anEditOfAnItemDeletedOnTheServerMeanwhileIsKeptAsAConflictCopyThatIsUploadedAgain() {
        long task = server.add(SpecialFolder.TASKS, List.of(PropertyValue.of(PidTag.MESSAGE_CLASS, "IPM.Task"),
                PropertyValue.of(PidTag.SUBJECT, "Water the plants")));
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            ItemDetail water = MailScopeIntegrationTest.detail(cache, "Tasks", "Water the plants");
            cache.update(water.summary().id(), edit(water, "Water the plants twice", Map.of()));
            server.delete(SpecialFolder.TASKS, task);

            SyncResult result = MailScopeIntegrationTest.sync(cache, backend);

            assertThat(result.uploadsFailed()).isZero();
            assertThat(result.conflicts()).isEqualTo(1);
            assertThat(MailScopeIntegrationTest.subjects(cache, "Tasks")).containsExactly("Water the plants twice");
            assertThat(cache.pendingOperations(LoopbackMailbox.ACCOUNT).pending()).extracting(PendingOperation::kind)
                    .containsExactly(PendingOperation.Kind.CREATE);
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }
        assertThat(server.messages(SpecialFolder.TASKS)).singleElement()
                .satisfies(mid -> assertThat(server.value(mid, PidTag.SUBJECT)).contains("Water the plants twice"));
    }

    @Test
    void theCategoriesOfANewItemReachTheServerAlsoWhenTheMailboxNeverNamedThem() {
        try (H2CacheStore cache = LoopbackMailbox.cache(dir.resolve("cache"));
             Backend backend = server.backend(SyncScope.ALL)) {
            MailScopeIntegrationTest.sync(cache, backend);
            cache.create(MailScopeIntegrationTest.folder(cache, "Tasks").id(), new ItemContent("Call Ada", null, null,
                    START, null, Map.of(CategoryFields.CATEGORIES, "Phone\nUrgent")));
            assertThat(MailScopeIntegrationTest.sync(cache, backend).uploaded()).isEqualTo(1);
        }
        long task = server.messages(SpecialFolder.TASKS).getFirst();
        assertThat(server.value(task, server.tag(PidName.KEYWORDS))).contains(List.of("Phone", "Urgent"));
    }

    /** The cached item as an edit form sends it back: its own fields, with {@code changes} over them. */
    private static ItemContent edit(ItemDetail item, String subject, Map<String, String> changes) {
        Map<String, String> fields = new HashMap<>(item.fields());
        fields.putAll(changes);
        return new ItemContent(subject, item.bodyText(), item.bodyHtml(), item.summary().date(),
                item.summary().endDate(), fields);
    }
}
