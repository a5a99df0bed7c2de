package org.interchange.app.setup;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.interchange.app.setup.AccountSetupViewModel.Step;
import org.interchange.cache.api.SyncScope;
import org.interchange.ui.Theme;

/**
 * The account wizard's window: one page for address and password, one for a manual server, one for how
 * much mail to keep offline, and a progress line.
 */
public final class AccountSetupWizard {
    private final AccountSetupViewModel model;
    private final Stage stage = new Stage();

    public AccountSetupWizard(AccountSetupViewModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Set up an account");
        Scene scene = new Scene(content(), 560, 380);
        Theme.style(scene);
        stage.setScene(scene);
        model.stepProperty().addListener((o, a, step) -> {
            if (step == Step.DONE) {
                stage.close();
            }
        });
    }

    /**
     * Shows the wizard without waiting; when it closes, {@code done} gets the account if the user
     * finished it, or empty when the window was closed or cancelled.
     */
    public void show(Consumer<Optional<AccountSetupViewModel.Result>> done) {
        stage.setOnHidden(e -> done.accept(model.result()));
        stage.show();
    }

    private Region content() {
        Label title = new Label("Connect your mailbox");
        title.getStyleClass().add("title-3");

        TextField email = new TextField();
        email.setId("setupEmail");
        email.setPromptText("you@example.org");
        email.textProperty().bindBidirectional(model.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("setupPassword");
        password.textProperty().addListener((o, a, text) -> model.passwordProperty().set(text.toCharArray()));

        TextField server = new TextField();
        server.setId("setupServer");
        server.setPromptText("https://mail.example.org/mapi/emsmdb/");
        server.textProperty().bindBidirectional(model.serverUrlProperty());
        TextField user = new TextField();
        user.setId("setupUser");
        user.textProperty().bindBidirectional(model.userProperty());

        GridPane form = new GridPane(10, 10);
        form.addRow(0, new Label("E-mail address"), email);
        form.addRow(1, new Label("Password"), password);
        Label serverLabel = new Label("Mailbox URL");
        Label userLabel = new Label("User name");
        form.addRow(2, serverLabel, server);
        form.addRow(3, userLabel, user);
        GridPane.setHgrow(email, Priority.ALWAYS);
        var manual = Bindings.createBooleanBinding(() -> model.stepProperty().get() == Step.MANUAL, model.stepProperty());
        for (var node : new javafx.scene.Node[] {serverLabel, server, userLabel, user}) {
            node.visibleProperty().bind(manual);
            node.managedProperty().bind(manual);
        }
        var working = Bindings.createBooleanBinding(() -> model.stepProperty().get() == Step.WORKING, model.stepProperty());
        email.disableProperty().bind(working);
        password.disableProperty().bind(working);

        Label message = new Label();
        message.setId("setupMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(working);
        spinner.managedProperty().bind(working);

        Hyperlink byHand = new Hyperlink("Enter the server by hand");
        byHand.setId("setupManual");
        byHand.setOnAction(e -> model.enterServerManually());
        byHand.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.stepProperty().get() == Step.CREDENTIALS, model.stepProperty()));

        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button next = new Button("Connect");
        next.setId("setupNext");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canGoOnProperty().not());
        next.setOnAction(e -> model.next());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, byHand, gap, cancel, next);

        // the page after the connection works: how much mail to keep offline
        javafx.scene.control.ToggleGroup scopes = new javafx.scene.control.ToggleGroup();
        VBox scopePage = new VBox(8);
        for (SyncScope scope : SyncScope.values()) {
            javafx.scene.control.RadioButton choice = new javafx.scene.control.RadioButton(scope.label());
            choice.setId("syncScope" + scope.name());
            choice.setUserData(scope);
            choice.setToggleGroup(scopes);
            choice.setSelected(scope == model.syncScopeProperty().get());
            scopePage.getChildren().add(choice);
        }
        Label note = new Label("Calendars, contacts, tasks and notes are always kept whole.");
        note.getStyleClass().add("text-muted");
        scopePage.getChildren().add(note);
        scopes.selectedToggleProperty().addListener((o, a, t) -> model.syncScopeProperty().set(
                t == null ? null : (SyncScope) t.getUserData()));
        var choosing = Bindings.createBooleanBinding(() -> model.stepProperty().get() == Step.SYNC, model.stepProperty());
        scopePage.visibleProperty().bind(choosing);
        scopePage.managedProperty().bind(choosing);
        form.visibleProperty().bind(choosing.not());
        form.managedProperty().bind(choosing.not());
        next.textProperty().bind(Bindings.when(choosing).then("Finish").otherwise("Connect"));

        VBox root = new VBox(14, title, form, scopePage, new HBox(8, spinner, message), buttons);
        VBox.setVgrow(form, Priority.ALWAYS);
        root.setPadding(new Insets(20));
        return root;
    }
}
