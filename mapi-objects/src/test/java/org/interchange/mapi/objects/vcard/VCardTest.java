package org.interchange.mapi.objects.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.interchange.mapi.codec.property.PropertyTag;
import org.interchange.mapi.codec.property.PropertyValue;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.NamedPropertyIds;
import org.interchange.mapi.objects.OneOffEntryId;
import org.interchange.mapi.objects.PidLid;
import org.interchange.mapi.objects.PidName;
import org.interchange.mapi.objects.PidTag;
import org.interchange.mapi.objects.PropertyBag;
import org.interchange.mapi.objects.convert.ReadResult;
import org.interchange.mapi.objects.convert.WriteResult;
import org.interchange.mapi.objects.mime.MapiMessage;
import org.junit.jupiter.api.Test;

class VCardTest {
    private static final NamedPropertyIds IDS = KnownNamedProperties.offline();
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};

    private static ReadResult read(String name) throws IOException {
        try (InputStream in = VCardTest.class.getResourceAsStream("/vcard/" + name)) {
            return VCardFiles.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, IDS);
        }
    }

    static MapiMessage fullContact() {
        PropertyBag.Builder b = PropertyBag.builder(IDS).set(PidTag.MESSAGE_CLASS, "IPM.Contact")
                .set(PidTag.DISPLAY_NAME, "Dr. Ana María López-Ruiz Jr.").set(PidTag.GIVEN_NAME, "Ana")
                .set(PidTag.SURNAME, "López-Ruiz").set(PidTag.MIDDLE_NAME, "María")
                .set(PidTag.DISPLAY_NAME_PREFIX, "Dr.").set(PidTag.GENERATION, "Jr.").set(PidTag.NICKNAME, "Anita")
                .set(PidLid.EMAIL1_EMAIL_ADDRESS, "ana@work.example").set(PidLid.EMAIL2_EMAIL_ADDRESS, "ana@home.example")
                .set(PidLid.EMAIL3_EMAIL_ADDRESS, "ana@club.example")
                .set(PidTag.COMPANY_NAME, "Acme; Sons").set(PidTag.DEPARTMENT_NAME, "R&D").set(PidTag.TITLE, "Chemist")
                .set(PidTag.BIRTHDAY, Instant.parse("1980-02-29T00:00:00Z"))
                .set(PidTag.WEDDING_ANNIVERSARY, Instant.parse("2010-06-12T00:00:00Z"))
                .set(PidTag.BODY, "Line one\nLine two, with comma; and semicolon")
                .set(PidName.KEYWORDS, List.of("VIP", "Lab"))
                .set(PidTag.BUSINESS_HOME_PAGE, "https://acme.example").set(PidTag.PERSONAL_HOME_PAGE, "https://ana.example")
                .set(PidLid.INSTANT_MESSAGING_ADDRESS, "ana@jabber.example")
                .set(PidLid.WORK_ADDRESS_STREET, "1 Work Way").set(PidLid.WORK_ADDRESS_CITY, "Madrid")
                .set(PidLid.WORK_ADDRESS_POSTAL_CODE, "28001").set(PidLid.WORK_ADDRESS_COUNTRY, "Spain")
                .set(PidTag.HOME_ADDRESS_STREET, "2 Home Road\nFlat 3").set(PidTag.HOME_ADDRESS_CITY, "Toledo")
                .set(PidTag.HOME_ADDRESS_STATE_OR_PROVINCE, "CLM").set(PidTag.OTHER_ADDRESS_CITY, "Sevilla")
                .set(PidTag.OTHER_ADDRESS_POST_OFFICE_BOX, "PO 9").set(PidLid.HAS_PICTURE, true);
        for (ContactFields.PhoneSlot slot : ContactFields.PHONES) {
            b.set(slot.tag(), "+34 " + Integer.toHexString(slot.tag().id()));
        }
        PropertyBag photo = PropertyBag.of(List.of(PropertyValue.of(PidTag.ATTACH_METHOD, 1),
                PropertyValue.of(PidTag.ATTACH_LONG_FILENAME, "ContactPicture.jpg"),
                PropertyValue.of(PidTag.ATTACHMENT_CONTACT_PHOTO, true),
                PropertyValue.of(PidTag.ATTACH_DATA_BINARY, PHOTO)));
        return new MapiMessage(b.build(), List.of(), List.of(photo));
    }

    @Test
    void contactRoundTripKeepsEveryMappedProperty() {
        MapiMessage original = fullContact();
        WriteResult written = VCardFiles.write(List.of(original));
        assertThat(written.errors()).isEmpty();
        assertThat(written.text()).contains("VERSION:4.0").contains("BDAY:19800229").contains("ANNIVERSARY:20100612");
        ReadResult read = VCardFiles.read(written.text(), "rt.vcf", IDS);
        assertThat(read.errors()).isEmpty();
        PropertyBag p = original.properties();
        PropertyBag q = read.items().getFirst().properties();
        for (PropertyTag tag : List.of(PidTag.DISPLAY_NAME, PidTag.GIVEN_NAME, PidTag.SURNAME, PidTag.MIDDLE_NAME,
                PidTag.DISPLAY_NAME_PREFIX, PidTag.GENERATION, PidTag.NICKNAME, PidTag.COMPANY_NAME,
                PidTag.DEPARTMENT_NAME, PidTag.TITLE, PidTag.BIRTHDAY, PidTag.WEDDING_ANNIVERSARY, PidTag.BODY,
                PidTag.BUSINESS_HOME_PAGE, PidTag.PERSONAL_HOME_PAGE, PidTag.HOME_ADDRESS_STREET,
                PidTag.HOME_ADDRESS_CITY, PidTag.HOME_ADDRESS_STATE_OR_PROVINCE, PidTag.OTHER_ADDRESS_CITY,
                PidTag.OTHER_ADDRESS_POST_OFFICE_BOX)) {
            assertThat(q.get(tag)).as(tag.toString()).isEqualTo(p.get(tag));
        }
        for (ContactFields.PhoneSlot slot : ContactFields.PHONES) {
            assertThat(q.string(slot.tag())).as(slot.tag().toString()).isEqualTo(p.string(slot.tag()));
        }
        for (PidLid lid : List.of(PidLid.EMAIL1_EMAIL_ADDRESS, PidLid.EMAIL2_EMAIL_ADDRESS, PidLid.EMAIL3_EMAIL_ADDRESS,
                PidLid.INSTANT_MESSAGING_ADDRESS, PidLid.WORK_ADDRESS_STREET, PidLid.WORK_ADDRESS_CITY,
                PidLid.WORK_ADDRESS_POSTAL_CODE, PidLid.WORK_ADDRESS_COUNTRY, PidLid.HAS_PICTURE)) {
            assertThat(q.get(lid)).as(lid.toString()).isEqualTo(p.get(lid));
        }
        assertThat(q.strings(PidName.KEYWORDS)).containsExactly("VIP", "Lab");
        assertThat(read.items().getFirst().attachments()).singleElement().satisfies(a -> {
            assertThat(a.bytes(PidTag.ATTACH_DATA_BINARY)).isEqualTo(PHOTO);
            assertThat(a.flag(PidTag.ATTACHMENT_CONTACT_PHOTO)).isTrue();
        });
    }

    @Test
    void distributionListBecomesAGroupAndBack() {
        List<byte[]> members = List.of(new OneOffEntryId("Kim Berg", "SMTP", "kim@example.net").write(),
                new OneOffEntryId("ola@example.org", "SMTP", "ola@example.org").write());
        PropertyBag list = PropertyBag.builder(IDS).set(PidTag.MESSAGE_CLASS, "IPM.DistList")
                .set(PidTag.DISPLAY_NAME, "Book club").set(PidLid.DISTRIBUTION_LIST_NAME, "Book club")
                .set(PidLid.DISTRIBUTION_LIST_ONE_OFF_MEMBERS, members).set(PidLid.DISTRIBUTION_LIST_MEMBERS, members)
                .build();
        String text = VCardFiles.write(List.of(new MapiMessage(list, List.of(), List.of()))).text();
        assertThat(text).contains("KIND:group").contains("MEMBER;X-CN=Kim Berg:mailto:kim@example.net")
                .contains("MEMBER:mailto:ola@example.org");
        PropertyBag back = VCardFiles.read(text, "list.vcf", IDS).items().getFirst().properties();
        assertThat(back.string(PidTag.MESSAGE_CLASS)).isEqualTo("IPM.DistList");
        assertThat(back.string(PidLid.DISTRIBUTION_LIST_NAME)).isEqualTo("Book club");
        assertThat(back.binaries(PidLid.DISTRIBUTION_LIST_ONE_OFF_MEMBERS)).containsExactlyElementsOf(members);
        assertThat(back.binaries(PidLid.DISTRIBUTION_LIST_MEMBERS)).containsExactlyElementsOf(members);
    }

    @Test
    void outlookVCard21() throws IOException {
        ReadResult r = read("outlook.vcf");
        assertThat(r.errors()).isEmpty();
        MapiMessage m = r.items().getFirst();
        PropertyBag p = m.properties();
        assertThat(p.string(PidTag.DISPLAY_NAME)).isEqualTo("Dr. Olaf Meier");
        assertThat(p.string(PidTag.MIDDLE_NAME)).isEqualTo("Peter");
        assertThat(p.string(PidTag.DISPLAY_NAME_PREFIX)).isEqualTo("Dr.");
        assertThat(p.string(PidTag.BODY)).isEqualTo("Kennt sich mit Zöllen aus.\r\nNur vormittags anrufen.");
        assertThat(p.string(PidTag.COMPANY_NAME)).isEqualTo("Elbe Logistik GmbH");
        assertThat(p.string(PidTag.DEPARTMENT_NAME)).isEqualTo("Vertrieb");
        assertThat(p.string(PidTag.BUSINESS_TELEPHONE_NUMBER)).isEqualTo("+49 40 1234560");
        assertThat(p.string(PidTag.HOME_TELEPHONE_NUMBER)).isEqualTo("+49 40 7654321");
        assertThat(p.string(PidTag.MOBILE_TELEPHONE_NUMBER)).isEqualTo("+49 170 1234567");
        assertThat(p.string(PidTag.BUSINESS_FAX_NUMBER)).isEqualTo("+49 40 1234569");
        assertThat(p.string(PidLid.WORK_ADDRESS_CITY)).isEqualTo("Hamburg");
        assertThat(p.string(PidTag.HOME_ADDRESS_STREET)).isEqualTo("Elbchaussee 200");
        assertThat(p.string(PidLid.EMAIL1_EMAIL_ADDRESS)).isEqualTo("olaf.meier@elbe-logistik.example");
        assertThat(p.string(PidLid.EMAIL2_EMAIL_ADDRESS)).isEqualTo("olaf@meier-privat.example");
        assertThat(p.time(PidTag.BIRTHDAY)).isEqualTo(Instant.parse("1975-02-14T00:00:00Z"));
        assertThat(p.string(PidTag.BUSINESS_HOME_PAGE)).isEqualTo("http://www.elbe-logistik.example");
        assertThat(p.string(PidLid.FILE_UNDER)).isEqualTo("Meier, Olaf");
        assertThat(m.attachments()).singleElement()
                .satisfies(a -> assertThat(a.bytes(PidTag.ATTACH_DATA_BINARY)).startsWith(0xFF, 0xD8));
    }

    @Test
    void googleContactsWithItemLabels() throws IOException {
        ReadResult r = read("google.vcf");
        assertThat(r.errors()).isEmpty();
        PropertyBag p = r.items().getFirst().properties();
        assertThat(p.string(PidLid.EMAIL1_EMAIL_ADDRESS)).isEqualTo("jane.doe@gmail.example");
        assertThat(p.string(PidLid.EMAIL3_EMAIL_ADDRESS)).isEqualTo("jd@club.example");
        assertThat(p.string(PidTag.MOBILE_TELEPHONE_NUMBER)).isEqualTo("+1 415-555-0100");
        assertThat(p.string(PidTag.BUSINESS_TELEPHONE_NUMBER)).isEqualTo("+1 415-555-0199");
        assertThat(p.string(PidTag.OTHER_TELEPHONE_NUMBER)).isEqualTo("+1 415-555-0142");
        assertThat(p.time(PidTag.BIRTHDAY)).isEqualTo(Instant.parse("1985-07-01T00:00:00Z"));
        assertThat(p.time(PidTag.WEDDING_ANNIVERSARY)).isEqualTo(Instant.parse("2015-09-12T00:00:00Z"));
        assertThat(p.strings(PidName.KEYWORDS)).containsExactly("myContacts", "Friends");
    }

    @Test
    void appleContactAndGroup() throws IOException {
        ReadResult r = read("apple.vcf");
        assertThat(r.errors()).isEmpty();
        assertThat(r.items()).hasSize(2);
        PropertyBag p = r.items().get(0).properties();
        assertThat(p.string(PidTag.COMPANY_NAME)).isEqualTo("Apple Inc.");
        assertThat(p.string(PidLid.EMAIL1_EMAIL_ADDRESS)).isEqualTo("johnny@apple.example");
        assertThat(p.string(PidTag.MOBILE_TELEPHONE_NUMBER)).isEqualTo("+1 (408) 555-0111");
        assertThat(p.string(PidTag.OTHER_TELEPHONE_NUMBER)).isEqualTo("+1 (408) 555-0122");
        assertThat(p.string(PidTag.HOME_FAX_NUMBER)).isEqualTo("+1 (408) 555-0133");
        assertThat(p.string(PidTag.HOME_ADDRESS_CITY)).isEqualTo("Cupertino");
        assertThat(p.time(PidTag.BIRTHDAY)).isEqualTo(Instant.parse("1604-03-14T00:00:00Z"));
        assertThat(p.flag(PidLid.HAS_PICTURE)).isTrue();
        assertThat(r.items().get(1).properties().string(PidTag.MESSAGE_CLASS)).isEqualTo("IPM.DistList");
    }

    @Test
    void thunderbirdVCard4() throws IOException {
        ReadResult r = read("thunderbird.vcf");
        assertThat(r.errors()).isEmpty();
        PropertyBag kim = r.items().get(0).properties();
        assertThat(kim.string(PidLid.EMAIL1_EMAIL_ADDRESS)).isEqualTo("kim@example.net");
        assertThat(kim.string(PidLid.EMAIL2_EMAIL_ADDRESS)).isEqualTo("kim.work@example.com");
        assertThat(kim.string(PidTag.NICKNAME)).isEqualTo("Kimmy");
        assertThat(kim.string(PidLid.WORK_ADDRESS_COUNTRY)).isEqualTo("Sweden");
        PropertyBag club = r.items().get(1).properties();
        assertThat(club.binaries(PidLid.DISTRIBUTION_LIST_ONE_OFF_MEMBERS)).extracting(b -> OneOffEntryId.read(b).emailAddress())
                .containsExactly("kim@example.net", "ola@example.org");
    }

    @Test
    void malformedCardsAreNamedAndTheRestIsRead() throws IOException {
        ReadResult r = read("malformed.vcf");
        assertThat(r.items()).extracting(m -> m.properties().string(PidTag.DISPLAY_NAME)).containsExactly("Good Person");
        assertThat(r.errors()).hasSize(2);
        assertThat(r.errors().get(0).item()).isEqualTo("malformed.vcf: vCard 2 'Bad Birthday'");
        assertThat(r.errors().get(0).message()).contains("BDAY").contains("sometime in spring");
        assertThat(r.errors().get(1).item()).isEqualTo("malformed.vcf: vCard 3");
        assertThat(VCardFiles.read("hello", "x.vcf", IDS).errors()).singleElement()
                .satisfies(e -> assertThat(e.item()).isEqualTo("x.vcf"));
    }

    @Test
    void oneOffEntryIdsReadOutlookBytesAndRejectOthers() {
        byte[] bytes = new OneOffEntryId("Ünal", "SMTP", "u@example.org").write();
        assertThat(bytes[22]).isEqualTo((byte) 0x01);
        assertThat(bytes[23]).isEqualTo((byte) 0x90);
        assertThat(OneOffEntryId.read(bytes)).isEqualTo(new OneOffEntryId("Ünal", "SMTP", "u@example.org"));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OneOffEntryId.read(cut))
                .hasMessageContaining("EmailAddress");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OneOffEntryId.read(new byte[30]))
                .hasMessageContaining("not a one-off");
    }
}
