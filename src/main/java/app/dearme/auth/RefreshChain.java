package app.dearme.auth;

import app.dearme.platform.config.DearMeProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The successor of a refresh token is derived from it with a server key (HMAC-SHA256), not drawn at random: a
 * second tab that presents the just-rotated token within the grace window gets the very same successor, so no
 * extra live token appears and replay detection keeps working on one chain. Only the server can derive it, so a
 * thief holding an old token learns nothing from it once the window has passed. The key comes from
 * {@code dearme.jwt.secret} (shared by all instances); without one, a per-process key, like the access tokens.
 */
@Component
class RefreshChain {

    private final SecretKeySpec key;

    RefreshChain(DearMeProperties props) {
        byte[] material;
        String secret = props.jwt().secret();
        try {
            if (secret == null || secret.isBlank()) {
                material = new byte[32];
                new SecureRandom().nextBytes(material);
            } else {
                material = MessageDigest.getInstance("SHA-256")
                        .digest(("dearme-refresh-chain:" + secret).getBytes(StandardCharsets.UTF_8));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.key = new SecretKeySpec(material, "HmacSHA256");
    }

    String successor(String refreshToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] out = mac.doFinal(("successor:" + refreshToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
