package org.interchange.app;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** Asks for the account's password (or takes INTERCHANGE_PASSWORD); the password stays in memory only. */
final class PasswordPrompt {
    static final String ENVIRONMENT_VARIABLE = "INTERCHANGE_PASSWORD";

    private PasswordPrompt() {
    }

    static Optional<char[]> ask(String user, java.net.URI server) {
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        PasswordField field = new PasswordField();
        field.setPromptText("Password");
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle("Interchange");
        dialog.setHeaderText("Password for " + user + " on " + server.getHost());
        dialog.getDialogPane().setContent(new VBox(8, field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
