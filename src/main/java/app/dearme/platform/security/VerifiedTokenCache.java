package app.dearme.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers tokens whose signature was already verified, so a client sending the same access token for its next
 * request skips parsing and the HMAC (about a tenth of a diary read's CPU in the profile). Only the signature check is
 * cached: the validators (expiry, live session) run on every request, so logout and expiry still take effect at
 * once. Tokens that fail to decode are never cached.
 */
final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder signatureOnly;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(JwtDecoder signatureOnly, OAuth2TokenValidator<Jwt> validator, int maxTokens, Duration keep) {
        this.signatureOnly = signatureOnly;
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(keep).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token, signatureOnly::decode);
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException(description == null ? "invalid token" : description, result.getErrors());
        }
        return jwt;
    }
}
