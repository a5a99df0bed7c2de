package org.interchange.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.AttachmentInfo;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemDetail;
import org.interchange.cache.api.ItemFields;
import org.interchange.cache.api.PimFields;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactsViewModelTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private CachedFolder folder;
    private ContactsViewModel model;

    @BeforeEach
    void setUp() {
        cache.addAccount("a", "alice@example.org");
        folder = cache.addFolder("a", "contacts", null, "Contacts", FolderKind.CONTACTS);
        cache.addItem(folder, "Grace Hopper", null, Instant.EPOCH, true, "", null,
                Map.of(ItemFields.EMAIL, "grace@navy.mil", ItemFields.COMPANY, "US Navy", ItemFields.CATEGORIES,
                        "VIP\nBlue category"), List.of());
        cache.addItem(folder, "Ada Lovelace", null, Instant.EPOCH, true, "Poet of science", null,
                Map.of(ItemFields.EMAIL, "ada@example.org", PimFields.BIRTHDAY, "1815-12-10"),
                List.of(new AttachmentInfo(77, "ContactPicture.jpg", "image/jpeg", 4, null)));
        cache.putAttachmentContent(77, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        model = new ContactsViewModel(cache, cache, executor);
        model.folderProperty().set(folder);
        executor.runAll();
    }

    @Test
    void listsContactsByNameAndFiltersThemAsTheUserTypes() {
        assertThat(model.contacts()).extracting(ContactCard::displayName).containsExactly("Ada Lovelace", "Grace Hopper");
        ContactCard ada = model.contacts().getFirst();
        assertThat(ada.birthday()).isEqualTo(LocalDate.of(1815, 12, 10));
        assertThat(ada.notes()).isEqualTo("Poet of science");
        model.queryProperty().set("navy");
        assertThat(model.contacts()).extracting(ContactCard::displayName).containsExactly("Grace Hopper");
        model.queryProperty().set("ada example");
        assertThat(model.contacts()).extracting(ContactCard::displayName).containsExactly("Ada Lovelace");
        model.queryProperty().set("");
        assertThat(model.contacts()).hasSize(2);
    }

    @Test
    void aContactShowsItsCategoriesAndAnEditKeepsThem() {
        ContactCard grace = model.contacts().getLast();
        assertThat(grace.categories()).containsExactly("VIP", "Blue category");
        assertThat(model.contacts().getFirst().categories()).isEmpty();

        ContactEditorViewModel form = new ContactEditorViewModel(grace);
        form.companyProperty().set("Yale");
        assertThat(form.card().categories()).containsExactly("VIP", "Blue category");
        model.save(form.card());
        executor.runAll();
        assertThat(cache.item(grace.itemId()).orElseThrow().field(ItemFields.CATEGORIES)).isEqualTo("VIP\nBlue category");
    }

    @Test
    void thePhotoComesFromTheContactPictureAttachmentOrFromOneSetHere() {
        ContactCard ada = model.contacts().getFirst();
        byte[][] photo = new byte[1][];
        model.photo(ada, bytes -> photo[0] = bytes);
        executor.runAll();
        assertThat(photo[0]).startsWith((byte) 0xFF, (byte) 0xD8);

        ContactEditorViewModel form = new ContactEditorViewModel(ada);
        form.setPhoto(PNG);
        model.photo(form.card(), bytes -> photo[0] = bytes);
        executor.runAll();
        assertThat(photo[0]).isEqualTo(PNG);
        form.removePhoto();
        assertThat(form.card().hasPhoto()).isFalse();
        assertThatThrownBy(() -> form.setPhoto("not a picture".getBytes()))
                .hasMessageContaining("JPEG, PNG or GIF");
    }

    @Test
    void editingSavesEveryFieldAndKeepsTheOthers() {
        ContactCard grace = model.contacts().get(1);
        ContactEditorViewModel form = new ContactEditorViewModel(grace);
        form.givenNameProperty().set("Grace");
        form.surnameProperty().set("Hopper");
        form.companyProperty().set("");
        form.email2Property().set("amazing.grace@example.org");
        form.homePhoneProperty().set("+1 555 0100");
        form.businessAddressProperty().set("Pentagon\nArlington");
        form.birthdayProperty().set(LocalDate.of(1906, 12, 9));
        form.setPhoto(PNG);
        model.save(form.card());
        executor.runAll();

        ItemDetail saved = cache.item(grace.itemId()).orElseThrow();
        assertThat(saved.fields()).containsEntry(ItemFields.EMAIL, "grace@navy.mil")
                .doesNotContainKey(ItemFields.COMPANY)
                .containsEntry(PimFields.GIVEN_NAME, "Grace").containsEntry(PimFields.EMAIL2, "amazing.grace@example.org")
                .containsEntry(PimFields.HOME_PHONE, "+1 555 0100")
                .containsEntry(PimFields.BUSINESS_ADDRESS, "Pentagon\nArlington")
                .containsEntry(PimFields.BIRTHDAY, "1906-12-09")
                .containsEntry(PimFields.PHOTO, java.util.Base64.getEncoder().encodeToString(PNG));
        assertThat(model.selectedProperty().get().itemId()).isEqualTo(grace.itemId());
    }

    @Test
    void aNewContactIsCreatedFromItsNamesAndABadAddressIsRefused() {
        ContactEditorViewModel form = new ContactEditorViewModel(ContactCard.empty());
        assertThat(form.problemProperty().get()).isEqualTo("Give the contact a name.");
        form.givenNameProperty().set("Alan");
        form.surnameProperty().set("Turing");
        form.emailProperty().set("alan at bletchley");
        assertThat(form.problemProperty().get()).contains("is not an e-mail address");
        form.emailProperty().set("alan@bletchley.example");
        model.save(form.card());
        executor.runAll();

        assertThat(model.contacts()).extracting(ContactCard::displayName).contains("Alan Turing");
        assertThat(model.selectedProperty().get().displayName()).isEqualTo("Alan Turing");
        assertThat(cache.edits).anyMatch(e -> e.startsWith("create:") && e.endsWith("Alan Turing"));
        ItemDetail created = cache.item(model.selectedProperty().get().itemId()).orElseThrow();
        assertThat(created.fields()).doesNotContainValue("");
    }

    @Test
    void deletingRemovesTheContact() {
        model.delete(model.contacts().getFirst());
        executor.runAll();
        assertThat(model.contacts()).extracting(ContactCard::displayName).containsExactly("Grace Hopper");
    }
}
