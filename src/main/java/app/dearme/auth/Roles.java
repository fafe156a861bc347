package app.dearme.auth;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The role of an account, resolved from {@code dearme.admin-emails} each time a token is issued (login,
 * e-mail verification, refresh) rather than fixed at registration: removing an e-mail from the list demotes the
 * account at its next refresh. The list is read from the live {@link Environment}, not from the bound
 * {@code DearMeProperties} snapshot, so a property source that changes at runtime takes effect too.
 */
@Component
class Roles {

    static final String ADMIN = "admin";
    static final String USER = "user";

    private final Environment env;

    Roles(Environment env) {
        this.env = env;
    }

    String roleFor(String email) {
        List<String> admins = Binder.get(env).bind("dearme.admin-emails", Bindable.listOf(String.class))
                .orElse(List.of());
        String e = email == null ? "" : email.strip();
        return admins.stream().map(String::strip).anyMatch(a -> !a.isEmpty() && a.equalsIgnoreCase(e)) ? ADMIN : USER;
    }
}
