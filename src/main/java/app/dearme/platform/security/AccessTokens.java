package app.dearme.platform.security;

import app.dearme.platform.config.DearMeProperties;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Issues the 15-minute access JWT: sub (user id), sid (session), role, iat, exp, jti. */
@Component
public class AccessTokens {

    private final NimbusJwtEncoder encoder;
    private final DearMeProperties props;

    AccessTokens(JwtKeys keys, DearMeProperties props) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(keys.key()));
        this.props = props;
    }

    public String issue(long userId, long sessionId, String role) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(Long.toString(userId))
                .claim("sid", sessionId)
                .claim("role", role)
                .issuedAt(now)
                .expiresAt(now.plus(props.jwt().accessTtl()))
                .id(UUID.randomUUID().toString())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    public long ttlSeconds() {
        return props.jwt().accessTtl().toSeconds();
    }
}
