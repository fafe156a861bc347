package app.dearme.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Caching the signature check must never cache a verdict: expiry and revocation are checked on every request. */
class VerifiedTokenCacheTest {

    private final SecretKey key = new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8),
            "HmacSHA256");
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final AtomicBoolean sessionAlive = new AtomicBoolean(true);
    private final VerifiedTokenCache decoder;

    VerifiedTokenCacheTest() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        decoder = new VerifiedTokenCache(token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        }, new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), jwt -> sessionAlive.get()
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "session revoked", null))),
                100, Duration.ofMinutes(15));
    }

    private String token(Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("7").issuedAt(expiresAt.minusSeconds(900))
                .expiresAt(expiresAt).claim("sid", 3).build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    @Test
    void theSameTokenIsVerifiedOnceButRevocationStillTakesEffectAtOnce() {
        String t = token(Instant.now().plusSeconds(600));
        assertThat(decoder.decode(t).getSubject()).isEqualTo("7");
        assertThat(decoder.decode(t).getSubject()).isEqualTo("7");
        assertThat(signatureChecks.get()).isEqualTo(1);

        sessionAlive.set(false);
        assertThatThrownBy(() -> decoder.decode(t)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("session revoked");
    }

    @Test
    void anExpiredTokenIsRejectedEvenThoughItsSignatureIsGood() {
        String t = token(Instant.now().minusSeconds(300));
        assertThatThrownBy(() -> decoder.decode(t)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decoder.decode(t)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aForgedTokenIsRejectedEveryTimeAndNeverRemembered() {
        String t = token(Instant.now().plusSeconds(600));
        int sig = t.lastIndexOf('.') + 1;
        String forged = t.substring(0, sig) + (t.charAt(sig) == 'A' ? 'B' : 'A') + t.substring(sig + 1);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks.get()).isEqualTo(2);
    }
}
