package app.dearme.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem bodies used everywhere, so every error has the same shape. */
public final class Problems {

    public static final String TYPE_BASE = "https://dearme.app/problems/";

    private Problems() {
    }

    public static boolean english() {
        Locale l = LocaleContextHolder.getLocale();
        return l != null && "en".equals(l.getLanguage());
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create(TYPE_BASE + slug));
        pd.setTitle(title(status.value()));
        return pd;
    }

    public static ProblemDetail withErrors(ProblemDetail pd, List<Map<String, String>> errors) {
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return pd;
    }

    public static String title(int status) {
        return title(status, english());
    }

    /**
     * A problem body written directly by a servlet filter (before Spring MVC and its locale resolution run), in
     * the same shape and language rules as every other error. {@code en}/{@code ko} are fixed texts without quotes.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String slug,
                             String en, String ko) throws IOException {
        String lang = request.getHeader("Accept-Language");
        boolean english = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + TYPE_BASE + slug + "\",\"title\":\"" + title(status, english)
                + "\",\"status\":" + status + ",\"detail\":\"" + (english ? en : ko) + "\"}");
    }

    private static String title(int status, boolean en) {
        return switch (status) {
            case 400 -> en ? "Bad Request" : "잘못된 요청";
            case 401 -> en ? "Unauthorized" : "인증 필요";
            case 403 -> en ? "Forbidden" : "권한 없음";
            case 404 -> en ? "Not Found" : "찾을 수 없음";
            case 405 -> en ? "Method Not Allowed" : "허용되지 않는 메서드";
            case 409 -> en ? "Conflict" : "충돌";
            case 413 -> en ? "Payload Too Large" : "요청이 너무 큼";
            case 415 -> en ? "Unsupported Media Type" : "지원하지 않는 형식";
            case 422 -> en ? "Unprocessable Content" : "처리할 수 없는 요청";
            case 429 -> en ? "Too Many Requests" : "요청이 너무 많음";
            case 503 -> en ? "Service Unavailable" : "일시적으로 사용할 수 없음";
            default -> en ? "Error" : "오류";
        };
    }

    public static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
