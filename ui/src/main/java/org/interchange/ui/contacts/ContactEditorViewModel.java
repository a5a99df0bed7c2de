package org.interchange.ui.contacts;

import java.time.LocalDate;
import java.util.Base64;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The contact form's state ([MS-OXOCNTC] 2.2.1): every editable text, the birthday and the photo;
 * {@link #card()} gives the edited {@link ContactCard}. A blank display name becomes "given surname".
 */
public final class ContactEditorViewModel {
    /** Photos larger than this are refused, as Outlook keeps contact pictures small. */
    static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    private final ContactCard original;
    private final StringProperty displayName = new SimpleStringProperty();
    private final StringProperty givenName = new SimpleStringProperty();
    private final StringProperty surname = new SimpleStringProperty();
    private final StringProperty email = new SimpleStringProperty();
    private final StringProperty email2 = new SimpleStringProperty();
    private final StringProperty company = new SimpleStringProperty();
    private final StringProperty jobTitle = new SimpleStringProperty();
    private final StringProperty businessPhone = new SimpleStringProperty();
    private final StringProperty mobilePhone = new SimpleStringProperty();
    private final StringProperty homePhone = new SimpleStringProperty();
    private final StringProperty businessAddress = new SimpleStringProperty();
    private final StringProperty homeAddress = new SimpleStringProperty();
    private final StringProperty notes = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> birthday = new SimpleObjectProperty<>();
    /** The photo chosen in this form (base64), "" when removed, null when unchanged. */
    private final StringProperty photo = new SimpleStringProperty();
    private final StringBinding problem;

    public ContactEditorViewModel(ContactCard card) {
        original = card;
        displayName.set(card.displayName());
        givenName.set(card.givenName());
        surname.set(card.surname());
        email.set(card.email());
        email2.set(card.email2());
        company.set(card.company());
        jobTitle.set(card.jobTitle());
        businessPhone.set(card.businessPhone());
        mobilePhone.set(card.mobilePhone());
        homePhone.set(card.homePhone());
        businessAddress.set(card.businessAddress());
        homeAddress.set(card.homeAddress());
        notes.set(card.notes());
        birthday.set(card.birthday());
        problem = Bindings.createStringBinding(() -> {
            if (name().isBlank()) {
                return "Give the contact a name.";
            }
            for (String address : new String[] {email.get(), email2.get()}) {
                if (address != null && !address.isBlank() && !address.strip().matches("[^@\\s]+@[^@\\s]+")) {
                    return "'" + address.strip() + "' is not an e-mail address.";
                }
            }
            return null;
        }, displayName, givenName, surname, email, email2);
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty surnameProperty() {
        return surname;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty email2Property() {
        return email2;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty jobTitleProperty() {
        return jobTitle;
    }

    public StringProperty businessPhoneProperty() {
        return businessPhone;
    }

    public StringProperty mobilePhoneProperty() {
        return mobilePhone;
    }

    public StringProperty homePhoneProperty() {
        return homePhone;
    }

    public StringProperty businessAddressProperty() {
        return businessAddress;
    }

    public StringProperty homeAddressProperty() {
        return homeAddress;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<LocalDate> birthdayProperty() {
        return birthday;
    }

    /** What keeps the contact from being saved, or null. */
    public StringBinding problemProperty() {
        return problem;
    }

    /**
     * Sets the photo from an image file's bytes.
     *
     * @throws IllegalArgumentException when it is not a JPEG, PNG or GIF or is too large
     */
    public void setPhoto(byte[] image) {
        if (image.length > MAX_PHOTO_BYTES) {
            throw new IllegalArgumentException("The picture is larger than " + MAX_PHOTO_BYTES / (1024 * 1024) + " MB.");
        }
        if (!isImage(image)) {
            throw new IllegalArgumentException("The picture must be a JPEG, PNG or GIF file.");
        }
        photo.set(Base64.getEncoder().encodeToString(image));
    }

    public void removePhoto() {
        photo.set("");
    }

    /** The photo chosen here: base64, "" when removed, null when the card's photo is kept. */
    public StringProperty photoProperty() {
        return photo;
    }

    /**
     * The card as edited.
     *
     * @throws IllegalStateException with {@link #problemProperty()}'s text when it cannot be saved
     */
    public ContactCard card() {
        if (problem.get() != null) {
            throw new IllegalStateException(problem.get());
        }
        return new ContactCard(original.itemId(), name(), s(givenName), s(surname), s(email), s(email2), s(company),
                s(jobTitle), s(businessPhone), s(mobilePhone), s(homePhone), s(businessAddress), s(homeAddress),
                birthday.get(), s(notes), photo.get() != null ? photo.get() : original.photo(),
                original.photoAttachmentId(), original.categories());
    }

    private String name() {
        String typed = s(displayName);
        return typed.isEmpty() ? (s(givenName) + " " + s(surname)).strip() : typed;
    }

    private static String s(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    private static boolean isImage(byte[] b) {
        boolean jpeg = b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
        boolean png = b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean gif = b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F';
        return jpeg || png || gif;
    }
}
