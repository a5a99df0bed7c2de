package org.interchange.ui.contacts;

import java.io.IOException;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import org.interchange.ui.internal.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The contacts view ([MS-OXOCNTC] 2.2.1): a searchable list of names on the left, on the right the
 * selected contact's card with its photo, or the form that edits it.
 */
public final class ContactsView {
    private static final double PHOTO = 96;
    private final ContactsViewModel model;
    private final SplitPane root;
    private final ScrollPane detail = new ScrollPane();
    private final ListView<ContactCard> list = new ListView<>();
    /** The item id of the contact whose form is open (0 for a new one), or -1 when none is: a re-read keeps the form. */
    private long editing = -1;

    private final org.interchange.ui.categories.CategoryList categoryList;

    public ContactsView(ContactsViewModel model, org.interchange.ui.categories.CategoryList categoryList) {
        this.model = model;
        this.categoryList = categoryList;
        TextField search = new TextField();
        search.setId("contactSearch");
        search.setPromptText("Search contacts");
        search.textProperty().bindBidirectional(model.queryProperty());
        Button add = new Button("New contact", Icons.of(Feather.USER_PLUS));
        add.setId("contactNew");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            showForm(ContactCard.empty());
        });
        list.setId("contactList");
        list.setItems(model.contacts());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ContactCard card, boolean empty) {
                super.updateItem(card, empty);
                if (empty || card == null) {
                    setText(null);
                    return;
                }
                setText(card.email().isEmpty() ? card.displayName() : card.displayName() + "  ·  " + card.email());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, card) -> {
            if (card != null) {
                model.selectedProperty().set(card);
            }
        });
        model.selectedProperty().addListener((o, a, card) -> {
            if (card != null && list.getSelectionModel().getSelectedItem() != card) {
                list.getSelectionModel().select(card);
            }
            if (editing < 0 || (card != null && card.itemId() != editing)) {
                showCard(card);
            }
        });
        VBox left = new VBox(8, new HBox(8, add), search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        detail.setFitToWidth(true);
        detail.getStyleClass().add("contact-detail");
        root = new SplitPane(left, detail);
        root.setId("contactsView");
        root.setDividerPositions(0.35);
        showCard(null);
    }

    public Node node() {
        return root;
    }

    private void showCard(ContactCard card) {
        editing = -1;
        if (card == null) {
            Label none = new Label("Select a contact, or make a new one.");
            none.getStyleClass().add("text-muted");
            detail.setContent(new StackPane(none));
            return;
        }
        StackPane photo = photo(card);
        Label name = new Label(card.displayName());
        name.setId("contactName");
        name.getStyleClass().add("title-2");
        Label work = new Label(String.join(", ", java.util.stream.Stream.of(card.jobTitle(), card.company())
                .filter(s -> !s.isBlank()).toList()));
        work.getStyleClass().add("text-muted");
        VBox heading = new VBox(4, name, work);
        if (!card.categories().isEmpty()) {
            javafx.scene.layout.FlowPane chips = new javafx.scene.layout.FlowPane();
            chips.setId("contactCategories");
            chips.getStyleClass().add("reading-categories");
            org.interchange.ui.categories.CategoryChips.fill(chips, card.categories(), categoryList);
            heading.getChildren().add(chips);
        }
        heading.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane(12, 6);
        int row = 0;
        row = fact(facts, row, "E-mail", card.email());
        row = fact(facts, row, "E-mail 2", card.email2());
        row = fact(facts, row, "Work phone", card.businessPhone());
        row = fact(facts, row, "Mobile", card.mobilePhone());
        row = fact(facts, row, "Home phone", card.homePhone());
        row = fact(facts, row, "Work address", card.businessAddress());
        row = fact(facts, row, "Home address", card.homeAddress());
        row = fact(facts, row, "Birthday", card.birthday() == null ? ""
                : card.birthday().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)));
        fact(facts, row, "Notes", card.notes());

        Button edit = new Button("Edit", Icons.of(Feather.EDIT_2));
        edit.setId("contactEdit");
        edit.setOnAction(e -> showForm(card));
        Button delete = new Button("Delete", Icons.of(Feather.TRASH_2));
        delete.setId("contactDelete");
        delete.setOnAction(e -> model.delete(card));
        VBox box = new VBox(16, new HBox(16, photo, heading), facts, new HBox(8, edit, delete));
        box.setPadding(new Insets(20));
        box.setId("contactCard");
        detail.setContent(box);
    }

    private StackPane photo(ContactCard card) {
        Circle clip = new Circle(PHOTO / 2, PHOTO / 2, PHOTO / 2);
        ImageView image = new ImageView();
        image.setId("contactPhoto");
        image.setFitWidth(PHOTO);
        image.setFitHeight(PHOTO);
        image.setPreserveRatio(false);
        image.setClip(clip);
        Label initials = new Label(initials(card.displayName()));
        initials.getStyleClass().addAll("title-2", "contact-initials");
        StackPane frame = new StackPane(new Circle(PHOTO / 2, javafx.scene.paint.Color.web("#8aa4c8")), initials, image);
        frame.setMinSize(PHOTO, PHOTO);
        frame.setMaxSize(PHOTO, PHOTO);
        model.photo(card, bytes -> {
            if (bytes != null && bytes.length > 0) {
                Image loaded = new Image(new java.io.ByteArrayInputStream(bytes));
                if (!loaded.isError()) {
                    image.setImage(loaded);
                }
            }
        });
        return frame;
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && out.length() < 2) {
                out.appendCodePoint(part.codePointAt(0));
            }
        }
        return out.toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static int fact(GridPane grid, int row, String label, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label name = new Label(label);
        name.getStyleClass().add("text-muted");
        Label text = new Label(value);
        text.setWrapText(true);
        grid.addRow(row, name, text);
        return row + 1;
    }

    private void showForm(ContactCard card) {
        ContactEditorViewModel form = new ContactEditorViewModel(card);
        editing = card.itemId();
        GridPane grid = new GridPane(10, 8);
        int row = 0;
        grid.addRow(row++, new Label("First name"), field("contactGivenName", form.givenNameProperty()));
        grid.addRow(row++, new Label("Last name"), field("contactSurname", form.surnameProperty()));
        grid.addRow(row++, new Label("Display as"), field("contactDisplayName", form.displayNameProperty()));
        grid.addRow(row++, new Label("E-mail"), field("contactEmail", form.emailProperty()));
        grid.addRow(row++, new Label("E-mail 2"), field("contactEmail2", form.email2Property()));
        grid.addRow(row++, new Label("Company"), field("contactCompany", form.companyProperty()));
        grid.addRow(row++, new Label("Job title"), field("contactJobTitle", form.jobTitleProperty()));
        grid.addRow(row++, new Label("Work phone"), field("contactBusinessPhone", form.businessPhoneProperty()));
        grid.addRow(row++, new Label("Mobile"), field("contactMobilePhone", form.mobilePhoneProperty()));
        grid.addRow(row++, new Label("Home phone"), field("contactHomePhone", form.homePhoneProperty()));
        grid.addRow(row++, new Label("Work address"), area("contactBusinessAddress", form.businessAddressProperty()));
        grid.addRow(row++, new Label("Home address"), area("contactHomeAddress", form.homeAddressProperty()));
        DatePicker birthday = new DatePicker();
        birthday.setId("contactBirthday");
        birthday.valueProperty().bindBidirectional(form.birthdayProperty());
        grid.addRow(row++, new Label("Birthday"), birthday);
        grid.addRow(row++, new Label("Notes"), area("contactNotes", form.notesProperty()));

        Label problem = new Label();
        problem.setId("contactProblem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(form.problemProperty());
        Button choosePhoto = new Button("Choose photo…", Icons.of(Feather.IMAGE));
        choosePhoto.setId("contactChoosePhoto");
        choosePhoto.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.jpg", "*.jpeg", "*.png", "*.gif"));
            java.io.File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                try {
                    form.setPhoto(Files.readAllBytes(file.toPath()));
                    problem.textProperty().unbind();
                    problem.setText("Photo chosen: " + file.getName());
                } catch (IOException | IllegalArgumentException failed) {
                    problem.textProperty().unbind();
                    problem.setText(failed.getMessage());
                }
            }
        });
        Button removePhoto = new Button("Remove photo");
        removePhoto.setId("contactRemovePhoto");
        removePhoto.setOnAction(e -> form.removePhoto());
        Button save = new Button("Save", Icons.of(Feather.CHECK));
        save.setId("contactSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(form.problemProperty().isNotNull());
        save.setOnAction(e -> {
            ContactCard saved = form.card();
            editing = -1;
            showCard(saved);
            model.save(saved);
        });
        Button cancel = new Button("Cancel");
        cancel.setId("contactCancel");
        cancel.setOnAction(e -> showCard(model.selectedProperty().get()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(12, new HBox(8, choosePhoto, removePhoto, gap, cancel, save), problem, grid);
        box.setPadding(new Insets(20));
        box.setId("contactForm");
        detail.setContent(box);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(2);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }
}
