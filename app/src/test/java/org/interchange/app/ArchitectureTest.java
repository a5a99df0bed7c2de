package org.interchange.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md, checked over every module on the app's class path. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // ui's test-jar (shared test doubles) is on this class path; its classes are tests too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.interchange");
    }

    @Test
    void nothingBelowUiAndAppImportsJavaFx() {
        noClasses().that().resideInAnyPackage(
                        "org.interchange.mapi..", "org.interchange.cache..", "org.interchange.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void uiNeverTalksToTheNetworkLayers() {
        noClasses().that().resideInAPackage("org.interchange.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.interchange.mapi..", "org.interchange.plugin..",
                        "org.interchange.cache.spi..", "org.interchange.cache.h2..")
                .check(classes);
    }

    @Test
    void codecDoesNoIo() {
        noClasses().that().resideInAPackage("org.interchange.mapi.codec..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .check(classes);
    }

    @Test
    void codecDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.interchange.mapi.codec..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.interchange.mapi.objects..", "org.interchange.mapi.client..",
                        "org.interchange.mapi.server..", "org.interchange.cache..")
                .check(classes);
    }

    @Test
    void cacheKnowsNothingOfMapi() {
        noClasses().that().resideInAPackage("org.interchange.cache..")
                .should().dependOnClassesThat().resideInAnyPackage("org.interchange.mapi..", "org.interchange.ui..")
                .check(classes);
    }

    @Test
    void clientAndServerStayApart() {
        noClasses().that().resideInAPackage("org.interchange.mapi.client..")
                .should().dependOnClassesThat().resideInAPackage("org.interchange.mapi.server..")
                .check(classes);
        noClasses().that().resideInAPackage("org.interchange.mapi.server..")
                .should().dependOnClassesThat().resideInAPackage("org.interchange.mapi.client..")
                .check(classes);
    }

    @Test
    void onlyTheDemoLauncherOfTheAppTouchesTheServer() {
        noClasses().that().resideInAPackage("org.interchange.app..")
                .and().doNotHaveSimpleName("DemoServerLauncher")
                .and().doNotHaveFullyQualifiedName(DemoServerLauncher.RunningServer.class.getName())
                .should().dependOnClassesThat().resideInAPackage("org.interchange.mapi.server..")
                .check(classes);
    }

    @Test
    void internalPackagesStayInsideTheirModule() {
        String[] moduleRoots = {
            "org.interchange.mapi.codec", "org.interchange.mapi.objects", "org.interchange.mapi.client",
            "org.interchange.mapi.server", "org.interchange.cache", "org.interchange.plugin.mapi",
            "org.interchange.ui", "org.interchange.app"
        };
        for (String root : moduleRoots) {
            noClasses().that().resideOutsideOfPackage(root + "..")
                    .should().dependOnClassesThat().resideInAPackage(root + "..internal..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
