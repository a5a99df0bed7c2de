package org.interchange.mapi.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyType;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.model.Appointment;
import org.interchange.mapi.objects.model.Contact;
import org.interchange.mapi.objects.model.MailMessage;
import org.interchange.mapi.objects.model.StickyNote;
import org.interchange.mapi.objects.model.TaskItem;
import org.junit.jupiter.api.Test;

class PropertyBagTest {
    private static final Instant WHEN = Instant.parse("2026-03-02T09:15:00Z");

    @Test
    void errorValuesReadAsAbsent() {
        PropertyBag bag = PropertyBag.of(List.of(PropertyValue.error(PidTag.SUBJECT, 0x8004010F)));
        assertThat(bag.string(PidTag.SUBJECT)).isNull();
        assertThat(bag.get(PidTag.SUBJECT)).isEmpty();
    }

    @Test
    void mailMessageReadsFlagsSenderAndHtml() {
        PropertyBag bag = PropertyBag.of(List.of(
                PropertyValue.of(PidTag.SUBJECT, "Quarterly numbers"),
                PropertyValue.of(PidTag.SENDER_NAME, "Ada Lovelace"),
                PropertyValue.of(PidTag.SENDER_EMAIL_ADDRESS, "ada@example.org"),
                PropertyValue.of(PidTag.MESSAGE_FLAGS, PidTag.MSGFLAG_READ | PidTag.MSGFLAG_HASATTACH),
                PropertyValue.of(PidTag.MESSAGE_DELIVERY_TIME, WHEN),
                PropertyValue.of(PidTag.IMPORTANCE, 2),
                PropertyValue.of(PidTag.HTML, "<p>Hi</p>".getBytes(StandardCharsets.UTF_8))));
        MailMessage m = MailMessage.from(bag);
        assertThat(m.subject()).isEqualTo("Quarterly numbers");
        assertThat(m.sender()).isEqualTo("Ada Lovelace <ada@example.org>");
        assertThat(m.read()).isTrue();
        assertThat(m.hasAttachments()).isTrue();
        assertThat(m.flagged()).isFalse();
        assertThat(m.received()).isEqualTo(WHEN);
        assertThat(m.importance()).isEqualTo(MailMessage.Importance.HIGH);
        assertThat(m.bodyHtml()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void namedPropertiesAreReadThroughTheMailboxIds() {
        NamedPropertyIds ids = new NamedPropertyIds(Map.of(
                PidLid.LOCATION, 0x8001, PidLid.APPOINTMENT_START_WHOLE, 0x8002,
                PidLid.APPOINTMENT_END_WHOLE, 0x8003, PidLid.RECURRING, 0x8004));
        PropertyBag bag = PropertyBag.of(List.of(
                PropertyValue.of(PidTag.SUBJECT, "Standup"),
                PropertyValue.of(PropertyTag.of(0x8001, PropertyType.STRING), "Room 4"),
                PropertyValue.of(PropertyTag.of(0x8002, PropertyType.TIME), WHEN),
                PropertyValue.of(PropertyTag.of(0x8003, PropertyType.TIME), WHEN.plusSeconds(900)),
                PropertyValue.of(PropertyTag.of(0x8004, PropertyType.BOOLEAN), true)), ids);
        Appointment a = Appointment.from(bag);
        assertThat(a.location()).isEqualTo("Room 4");
        assertThat(a.start()).isEqualTo(WHEN);
        assertThat(a.end()).isEqualTo(WHEN.plusSeconds(900));
        assertThat(a.recurring()).isTrue();
        assertThat(Appointment.from(PropertyBag.of(bag.values())).location())
                .as("without the mailbox's ids a named property is unknown").isNull();
    }

    @Test
    void contactTaskAndNoteFields() {
        NamedPropertyIds ids = new NamedPropertyIds(Map.of(PidLid.EMAIL1_EMAIL_ADDRESS, 0x8010,
                PidLid.TASK_STATUS, 0x8011, PidLid.PERCENT_COMPLETE, 0x8012, PidLid.NOTE_COLOR, 0x8013));
        PropertyBag contact = PropertyBag.of(List.of(PropertyValue.of(PidTag.GIVEN_NAME, "Grace"),
                PropertyValue.of(PidTag.SURNAME, "Hopper"),
                PropertyValue.of(PropertyTag.of(0x8010, PropertyType.STRING), "grace@example.org")), ids);
        assertThat(Contact.from(contact).listName()).isEqualTo("Grace Hopper");
        assertThat(Contact.from(contact).email()).isEqualTo("grace@example.org");

        PropertyBag task = PropertyBag.of(List.of(PropertyValue.of(PropertyTag.of(0x8011, PropertyType.INTEGER32), 1),
                PropertyValue.of(PropertyTag.of(0x8012, PropertyType.FLOATING64), 0.5)), ids);
        assertThat(TaskItem.from(task).status()).isEqualTo(TaskItem.Status.IN_PROGRESS);
        assertThat(TaskItem.from(task).percentComplete()).isEqualTo(0.5);

        PropertyBag note = PropertyBag.of(List.of(PropertyValue.of(PropertyTag.of(0x8013, PropertyType.INTEGER32), 1)),
                ids);
        assertThat(StickyNote.from(note).color()).isEqualTo(StickyNote.Color.GREEN);
        assertThat(StickyNote.from(PropertyBag.of(List.of())).color()).isEqualTo(StickyNote.Color.YELLOW);
    }

    @Test
    void classesAreMatchedByPrefix() {
        assertThat(MessageClass.of("IPM.Appointment.Occurrence")).isEqualTo(MessageClass.APPOINTMENT);
        assertThat(MessageClass.of("ipm.note.SMIME")).isEqualTo(MessageClass.NOTE);
        assertThat(MessageClass.of("IPM.Notebook")).isEqualTo(MessageClass.OTHER);
        assertThat(ContainerClass.of("IPF.Appointment")).isEqualTo(ContainerClass.CALENDAR);
        assertThat(ContainerClass.of(null)).isEqualTo(ContainerClass.MAIL);
        assertThat(ContainerClass.of("IPF.Contact.Custom")).isEqualTo(ContainerClass.CONTACTS);
    }
}
