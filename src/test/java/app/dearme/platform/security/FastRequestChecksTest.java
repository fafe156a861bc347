package app.dearme.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The loops accept exactly what Spring Security's regular expressions accept. */
class FastRequestChecksTest {

    // StrictHttpFirewall's defaults, copied from its source
    private static final Pattern ASSIGNED_NOT_CONTROL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsRegexJudgesIt() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue; // not a code point on its own; covered below as broken pairs
            }
            String s = "a" + Character.toString(cp) + "b";
            assertThat(FastRequestChecks.assignedAndNotControl(s)).as("U+%04X", cp)
                    .isEqualTo(ASSIGNED_NOT_CONTROL.matcher(s).matches());
            assertThat(FastRequestChecks.headerValue(s)).as("U+%04X", cp)
                    .isEqualTo(HEADER_VALUE.matcher(s).matches());
        }
        for (String s : List.of("", "\t", "x\ty", "\uD800", "a\uDC00b", "\uDBFF\uDFFF", "한글 값", "\u0085", "\u007F")) {
            assertThat(FastRequestChecks.assignedAndNotControl(s)).as(s).isEqualTo(ASSIGNED_NOT_CONTROL.matcher(s).matches());
            assertThat(FastRequestChecks.headerValue(s)).as(s).isEqualTo(HEADER_VALUE.matcher(s).matches());
        }
    }

    @Test
    void bearerHeadersResolveOrFailAsTheDefaultResolverDoes() {
        List<String> headers = new ArrayList<>(List.of("Bearer abc.def-ghi_jkl~mno+pqr/stu", "bearer abc", "BEARER abc==",
                "Bearer abc=", "Bearer", "Bearer ", "Bearer  abc", "Bearer ===", "Bearer a=b", "BearerX abc", "Bearer abc ",
                "Bearer 한글", "Basic dXNlcjpwYXNz", "Token abc", "bear abc", "Bearer abc\n", "Bearer abc\tdef", ""));
        headers.add(null);
        DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();
        for (String h : headers) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/diaries");
            if (h != null) {
                request.addHeader("Authorization", h);
            }
            String expected;
            try {
                expected = reference.resolve(request);
            } catch (OAuth2AuthenticationException e) {
                assertThatThrownBy(() -> FastRequestChecks.bearer(request)).as("[%s]", h)
                        .isInstanceOfSatisfying(OAuth2AuthenticationException.class, ours -> {
                            assertThat(ours.getError().getErrorCode()).isEqualTo(e.getError().getErrorCode());
                            assertThat(ours.getError().getDescription()).isEqualTo(e.getError().getDescription());
                        });
                continue;
            }
            assertThat(FastRequestChecks.bearer(request)).as("[%s]", h).isEqualTo(expected);
        }
    }
}
