package app.dearme;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

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
}
