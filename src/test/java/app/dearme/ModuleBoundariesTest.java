package app.dearme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The boundary rules Spring Modulith cannot express (issue 17). Module dependencies, cycles, internal packages and
 * each module's allowed dependencies are verified by {@link ModularityTests}; what remains here is about the shape
 * of a module's published API.
 */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.dearme");

    /**
     * Controllers are HTTP adapters, never a module's API: package-private, so no other module can call one (Modulith
     * would accept a public controller in a module's base package as published API).
     */
    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }
}
