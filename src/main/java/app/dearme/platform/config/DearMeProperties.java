package app.dearme.platform.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform and account settings under {@code dearme.*}. Feature modules bind their own records to
 * sub-prefixes of the same tree (e.g. {@code dearme.ai}, {@code dearme.plans}).
 */
@ConfigurationProperties("dearme")
public record DearMeProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("./data") String dataDir,
        @DefaultValue Db db,
        @DefaultValue Mail mail,
        @DefaultValue Jwt jwt,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Lockout lockout,
        @DefaultValue List<String> adminEmails,
        @DefaultValue Redis redis) {

    /** url empty = embedded PostgreSQL under dataDir. */
    public record Db(@DefaultValue("") String url, @DefaultValue("dearme") String username,
                     @DefaultValue("") String password, @DefaultValue("") String replicaUrl,
                     @DefaultValue("20") int poolSize, @DefaultValue("false") boolean pgbouncer,
                     @DefaultValue("false") boolean cleanEmbedded, @DefaultValue("") String directUrl,
                     @DefaultValue("5s") Duration replicaMaxLag, @DefaultValue("5s") Duration readYourWritesWindow,
                     @DefaultValue("20") int replicaPoolSize) {
        public boolean hasReplica() {
            return replicaUrl != null && !replicaUrl.isBlank();
        }

        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }

    public record Mail(@DefaultValue("false") boolean devInbox,
                       @DefaultValue("DearMe <no-reply@dearme.app>") String from,
                       @DefaultValue("60s") Duration cooldown) {
    }

    /** secret empty = a random per-process key (fine for one instance; set it for a cluster). */
    public record Jwt(@DefaultValue("") String secret, @DefaultValue("15m") Duration accessTtl,
                      @DefaultValue("14d") Duration refreshTtl, @DefaultValue("24h") Duration verifyTtl,
                      @DefaultValue("1h") Duration resetTtl) {
    }

    public record RateLimit(@DefaultValue("true") boolean enabled,
                            @DefaultValue("5") int loginPerIp, @DefaultValue("5") int loginPerAccount,
                            @DefaultValue("3") int registerPerIp, @DefaultValue("5") int mailPerIp,
                            @DefaultValue("60") int aiPerUser,
                            @DefaultValue("1m") Duration window,
                            @DefaultValue List<String> trustedProxies) {
    }

    public record Lockout(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration duration) {
    }

    /** url empty = no Redis: limits and caches stay per instance, exactly as in the one-command run. */
    public record Redis(@DefaultValue("") String url, @DefaultValue("300ms") Duration timeout) {
        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    public boolean isAdmin(String email) {
        return adminEmails.stream().anyMatch(a -> a.equalsIgnoreCase(email));
    }
}
