package app.dearme.persona;

import app.dearme.user.ExportContributor;
import org.springframework.stereotype.Component;

/** SPEC §4 export: the user's own persona (null when none). */
@Component
class PersonaExport implements ExportContributor {

    private final PersonaStore store;

    PersonaExport(PersonaStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "persona";
    }

    @Override
    public Object exportJson(long userId) {
        return store.byUser(userId).orElse(null);
    }
}
