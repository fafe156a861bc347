package app.dearme.platform.security;

import app.dearme.platform.config.DearMeProperties;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** HS256 key from DEARME_JWT_SECRET; without one, a random per-process key (tokens die with the process). */
@Component
class JwtKeys {

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);
    private final SecretKey key;

    JwtKeys(DearMeProperties props) {
        String secret = props.jwt().secret();
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            log.warn("dearme.jwt.secret is not set: using a random key; access tokens end with this process");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException("dearme.jwt.secret must be at least 32 bytes");
            }
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    SecretKey key() {
        return key;
    }
}
