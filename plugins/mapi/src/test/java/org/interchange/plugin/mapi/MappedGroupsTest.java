package org.interchange.plugin.mapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.ItemKind;
import org.interchange.cache.api.PimFields;
import org.interchange.cache.spi.RemoteItem;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PropertyBag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MappedGroupsTest {
    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private static final NamedPropertyIds IDS = ids();

    private static NamedPropertyIds ids() {
        List<PidLid> lids = new ArrayList<>(KnownNamedProperties.lids());
        lids.addAll(ItemProperties.NAMED);
        return NamedPropertyIds.sequential(lids, KnownNamedProperties.names());
    }

    /** An item of {@code kind} with every field the mapping writes set. */
    private static RemoteItem full(ItemKind kind) {
        Map<String, String> f = new HashMap<>();
        f.put(CategoryFields.CATEGORIES, "Red\nBlue");
        switch (kind) {
            case MAIL -> {
                f.put(ItemFields.TO, "Bob <bob@example.org>");
                f.put(ItemFields.MESSAGE_ID, "<1@example.org>");
                f.put(ItemFields.IN_REPLY_TO, "<0@example.org>");
                f.put(ItemFields.REFERENCES, "<0@example.org>");
                f.put(ItemFields.CONVERSATION_TOPIC, "Plan");
            }
            case APPOINTMENT -> {
                f.put(ItemFields.LOCATION, "Room 1");
                f.put(ItemFields.ALL_DAY, "false");
                f.put(PimFields.RESPONSE_STATUS, "3");
                f.put(PimFields.REMINDER_MINUTES, "15");
                f.put(PimFields.RECURRENCE_RULE, "FREQ=WEEKLY;COUNT=3");
                f.put(PimFields.TIME_ZONE, "Europe/Berlin");
            }
            case CONTACT -> {
                f.put(ItemFields.EMAIL, "grace@example.org");
                f.put(ItemFields.COMPANY, "Navy");
                f.put(ItemFields.JOB_TITLE, "Admiral");
                f.put(ItemFields.BUSINESS_PHONE, "1");
                f.put(ItemFields.MOBILE_PHONE, "2");
                f.put(PimFields.GIVEN_NAME, "Grace");
                f.put(PimFields.SURNAME, "Hopper");
                f.put(PimFields.EMAIL2, "amazing@example.org");
                f.put(PimFields.HOME_PHONE, "3");
                f.put(PimFields.BUSINESS_ADDRESS, "1 Pentagon\nArlington");
                f.put(PimFields.HOME_ADDRESS, "2 Home St");
                f.put(PimFields.BIRTHDAY, "1906-12-09");
                f.put(PimFields.PHOTO, Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            }
            case TASK -> {
                f.put(ItemFields.TASK_STATUS, "1");
                f.put(ItemFields.PERCENT_COMPLETE, "0.5");
                f.put(ItemFields.START_DATE, START.toString());
                f.put(PimFields.TASK_COMPLETED, START.toString());
                f.put(PimFields.REMINDER_MINUTES, "5");
            }
            case NOTE -> f.put(ItemFields.NOTE_COLOR, "2");
        }
        return item(kind, "Subject", f);
    }

    private static RemoteItem item(ItemKind kind, String subject, Map<String, String> fields) {
        return new RemoteItem("s1", null, kind, subject, null, null, START, START.plusSeconds(3600), 0, true, false,
                "body", "<p>body</p>", fields, List.of(), null);
    }

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void everyPropertyTheMappingWritesBelongsToAGroupSoClearingItRemovesIt(ItemKind kind) {
        Set<Integer> grouped = new HashSet<>();
        MappedGroups.of(kind).forEach(g -> grouped.addAll(g.ids(IDS)));
        List<Integer> written = ItemProperties.spec(full(kind), IDS).properties().stream()
                .map(v -> v.tag().id()).toList();
        assertThat(written).isNotEmpty().allSatisfy(id -> assertThat(grouped).contains(id));
    }

    @Test
    void categoriesGoBothWaysAndAClearedFieldWritesNone() {
        PropertyBag up = PropertyBag.of(ItemProperties.spec(full(ItemKind.TASK), IDS).properties(), IDS);
        assertThat(up.strings(PidName.KEYWORDS)).containsExactly("Red", "Blue");
        Map<String, String> back = new HashMap<>();
        CategoryFields.read(up, back);
        assertThat(back).containsEntry(CategoryFields.CATEGORIES, "Red\nBlue");

        RemoteItem cleared = item(ItemKind.TASK, "Subject", Map.of(CategoryFields.CATEGORIES, ""));
        assertThat(ItemProperties.spec(cleared, IDS).properties()).extracting(PropertyValue::tag)
                .doesNotContain(IDS.tagOf(PidName.KEYWORDS).orElseThrow());
    }

    @Test
    void aGroupChangesOnlyWhenItsPartDiffersAndCategoriesNotNamedAreUntouched() {
        RemoteItem server = item(ItemKind.CONTACT, "Grace", Map.of(CategoryFields.CATEGORIES, "VIP",
                PimFields.EMAIL2, "a@example.org"));
        RemoteItem renamed = item(ItemKind.CONTACT, "Grace B.", Map.of(PimFields.EMAIL2, "a@example.org"));
        Map<String, Boolean> changed = new HashMap<>();
        MappedGroups.of(ItemKind.CONTACT).forEach(g -> changed.put(g.name(), g.changed(renamed, server)));
        assertThat(changed).containsEntry("subject", true).containsEntry("second e-mail", false)
                .containsEntry("categories", false).containsEntry("body", false);

        RemoteItem cleared = item(ItemKind.CONTACT, "Grace", Map.of(CategoryFields.CATEGORIES, "",
                PimFields.EMAIL2, " "));
        MappedGroups.of(ItemKind.CONTACT).forEach(g -> changed.put(g.name(), g.changed(cleared, server)));
        assertThat(changed).containsEntry("subject", false).containsEntry("second e-mail", true)
                .containsEntry("categories", true);
    }
}
