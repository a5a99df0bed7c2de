package org.interchange.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The UI reads only the cache API (ARCHITECTURE.md): no MAPI, no cache SPI or H2, view-models free of nodes. */
class UiArchitectureTest {
    private final JavaClasses ui = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(List.of(Location.of(MainWindow.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI().resolve("org/interchange/ui/"))));

    UiArchitectureTest() throws URISyntaxException {
    }

    @Test
    void importedTheUiClasses() {
        org.assertj.core.api.Assertions.assertThat(ui.contain(MainWindow.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(ui.size()).isGreaterThan(20);
    }

    @Test
    void usesOnlyTheCacheApi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.interchange.mapi..", "org.interchange.cache.spi..",
                        "org.interchange.cache.h2..", "org.interchange.cache.sync..")
                .check(ui);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("PagedItemList")
                .or().haveSimpleNameEndingWith("ItemRow")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .check(ui);
    }
}
