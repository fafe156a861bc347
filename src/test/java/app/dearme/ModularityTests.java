package app.dearme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries as an executable rule (issue 17): every top-level package app.dearme.x is a module, its
 * sub-packages are internal unless published as a named interface, module dependencies form no cycle and follow
 * each module's declared allowedDependencies. No allow-list: a violation fails the build.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DearMeApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Regenerates docs/modules/ (PlantUML diagrams and a module canvas per module), linked from
     * docs/architecture.md. Committed: a change of the module structure shows up in the diff.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
        sortRelations(Path.of("docs/modules"));
        assertThat(Path.of("docs/modules/components.puml")).exists();
        MODULES.forEach(m -> assertThat(Files.exists(Path.of("docs/modules/module-" + m.getIdentifier().toString() + ".puml")))
                .as(m.getIdentifier().toString()).isTrue());
    }

    /**
     * The Documenter writes a diagram's relations in hash order, which differs between runs: sorted, a test run
     * leaves the committed files unchanged unless the module structure changed.
     */
    private static void sortRelations(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
                java.util.List<String> lines = Files.readAllLines(f);
                java.util.List<String> out = new java.util.ArrayList<>();
                java.util.List<String> run = new java.util.ArrayList<>();
                for (String line : lines) {
                    if (line.startsWith("Rel(")) {
                        run.add(line);
                        continue;
                    }
                    run.sort(null);
                    out.addAll(run);
                    run.clear();
                    out.add(line);
                }
                run.sort(null);
                out.addAll(run);
                Files.write(f, out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
