package app.dearme.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the user and friend modules need to know about public personas, implemented by the persona module (which
 * owns the personas table and already depends on user, so the interface lives here to keep the graph acyclic; the
 * same shape as {@link ExportContributor}). Every method is one query, whatever the number of users.
 */
public interface PublicPersonas {

    /** Owner id → name of the owner's persona, for those of {@code ownerIds} whose persona is public. */
    Map<Long, String> namesByOwner(Collection<Long> ownerIds);

    /**
     * Active users with a public persona, most recently updated persona first (then higher user id), leaving out
     * {@code excluded}; at most {@code limit}.
     */
    List<Long> recentOwners(Collection<Long> excluded, int limit);
}
