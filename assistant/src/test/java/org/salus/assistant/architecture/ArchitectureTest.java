package org.salus.assistant.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the main code of every module the app is built from (knowledge base, guardrails, assistant):
 * no package imports, directly or through others, a package that imports it back; the libraries never reach into
 * the app; no main source file grows past 250 lines.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // The libraries arrive as directories in an IDE and as jars under `mvn verify`; both are imported.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.salus");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.salus.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theLibrariesDoNotDependOnTheApp() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAnyPackage("org.salus.kb..", "org.salus.guardrails..")
                .should().dependOnClassesThat().resideInAPackage("org.salus.assistant..").check(classes);
    }

    @Test
    void everyModuleIsImported() {
        assertThat(classes.containPackage("org.salus.kb")).isTrue();
        assertThat(classes.containPackage("org.salus.guardrails")).isTrue();
        assertThat(classes.containPackage("org.salus.assistant")).isTrue();
    }

    @Test
    void noMainSourceFileIsLongerThan250Lines() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(root, 12)) {
            tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> lines(p) > 250)
                    .map(p -> root.relativize(p) + " (" + lines(p) + " lines)")
                    .toList();
        }
        assertThat(tooLong).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
