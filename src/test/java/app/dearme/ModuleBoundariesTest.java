package app.dearme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries (ARCHITECTURE.md): the platform never depends on product modules; no module
 * touches another module's package-private internals (enforced by Java) nor its controllers.
 */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.dearme");

    private static final String[] PRODUCT = {"auth", "user", "diary", "persona", "chat", "friend", "notification",
            "mental", "subscription", "quiz", "ops"};

    @Test
    void platformDoesNotDependOnProductModules() {
        String[] pkgs = java.util.Arrays.stream(PRODUCT).map(p -> "app.dearme." + p + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("app.dearme.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(pkgs)
                .check(CLASSES);
    }

    @Test
    void aiEngineDependsOnNoProductModule() {
        String[] pkgs = java.util.Arrays.stream(PRODUCT).map(p -> "app.dearme." + p + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("app.dearme.ai..")
                .should().dependOnClassesThat().resideInAnyPackage(pkgs)
                .check(CLASSES);
    }

    @Test
    void noModuleCallsAnotherModulesControllers() {
        for (String module : PRODUCT) {
            noClasses().that().resideOutsideOfPackage("app.dearme." + module + "..")
                    .should().dependOnClassesThat(controllerIn(module))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    private static DescribedPredicate<JavaClass> controllerIn(String module) {
        return DescribedPredicate.describe("controllers of " + module, c ->
                c.getPackageName().startsWith("app.dearme." + module) && c.getSimpleName().endsWith("Controller"));
    }
}
