package app.dearme.persona;

import app.dearme.user.PublicPersonas;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The persona module's answer to the user module's {@link PublicPersonas} port (profiles, friend lists). */
@Component
class PublicPersonaDirectory implements PublicPersonas {

    private final PersonaStore store;

    PublicPersonaDirectory(PersonaStore store) {
        this.store = store;
    }

    @Override
    public Map<Long, String> namesByOwner(Collection<Long> ownerIds) {
        return store.publicNamesByOwner(ownerIds);
    }

    @Override
    public List<Long> recentOwners(Collection<Long> excluded, int limit) {
        return store.recentPublicOwners(excluded, limit);
    }
}
