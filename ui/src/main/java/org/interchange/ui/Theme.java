package org.interchange.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX Primer (light or dark) as the user agent style sheet, plus Interchange's own sheet. */
public final class Theme {
    static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("interchange.css"), "interchange.css").toExternalForm();

    private Theme() {
    }

    /** Switches every window of the application; call on the FX thread. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds Interchange's style sheet to a scene (once). */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
