package app.dearme.diary;

import app.dearme.platform.error.ApiException;
import app.dearme.platform.error.ApiException.FieldProblem;
import app.dearme.platform.error.Problems;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import app.dearme.vocabulary.Mood;
import app.dearme.vocabulary.Weather;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Applies a diary's field rules (SPEC §5) where they are not a bound request: the constraints themselves are
 * declared once, on {@link DiaryDtos.CreateDiary}; this class runs them on a patched diary and on imported entries,
 * and adds what Bean Validation does not express (mood/weather keys, the writing window, NUL characters in a JSON
 * tree). Every problem of a request is reported at once.
 */
final class DiaryRules {

    private DiaryRules() {
    }

    /** Validated, normalised editable fields. */
    record Fields(String title, String content, Mood mood, Weather weather, boolean isPrivate) {
    }

    /** A create request that passed Bean Validation ({@link DiaryDtos.CreateDiary}): keys checked, title stripped. */
    static Fields create(DiaryDtos.CreateDiary body) {
        if (body == null) {
            throw ApiException.badRequest("body", "요청 본문이 필요해요.", "A request body is required.");
        }
        List<FieldProblem> errors = new ArrayList<>();
        Mood mood = mood(blankToNull(body.mood()), errors);
        Weather weather = weather(blankToNull(body.weather()), errors);
        fail(errors);
        return new Fields(body.title().strip(), body.content(), mood, weather, Boolean.TRUE.equals(body.isPrivate()));
    }

    /**
     * Applies a PATCH document to the current diary. An absent field keeps its value; explicit null clears
     * mood/weather and is refused for title, content and is_private. The date cannot change.
     */
    static Fields patch(DiaryDtos.Diary current, JsonNode body, Validator validator) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "요청 본문은 JSON 객체여야 해요.", "The body must be a JSON object.");
        }
        List<FieldProblem> errors = new ArrayList<>();
        String title = current.title();
        String content = current.content();
        Mood mood = current.mood();
        Weather weather = current.weather();
        boolean isPrivate = current.isPrivate();
        if (body.has("title")) {
            title = noNul(text(body.get("title"), "title", errors), "title", errors);
        }
        if (body.has("content")) {
            content = noNul(text(body.get("content"), "content", errors), "content", errors);
        }
        if (body.has("mood")) {
            mood = mood(blankToNull(text(body.get("mood"), "mood", errors)), errors);
        }
        if (body.has("weather")) {
            weather = weather(blankToNull(text(body.get("weather"), "weather", errors)), errors);
        }
        if (body.has("is_private")) {
            JsonNode p = body.get("is_private");
            if (p.isBoolean()) {
                isPrivate = p.asBoolean();
            } else {
                errors.add(new FieldProblem("is_private", "true 또는 false여야 해요.", "Must be true or false."));
            }
        }
        if (body.has("diary_date")) {
            JsonNode d = body.get("diary_date");
            if (!d.isString() || !d.asString().equals(current.diaryDate().toString())) {
                errors.add(new FieldProblem("diary_date", "일기 날짜는 바꿀 수 없어요.", "The diary date cannot be changed."));
            }
        }
        if (errors.stream().noneMatch(e -> e.field().equals("title") || e.field().equals("content"))) {
            errors.addAll(constraints(validator, title, content, Mood.toColumn(mood), Weather.toColumn(weather),
                    current.diaryDate()));
        }
        fail(errors);
        return new Fields(title.strip(), content, mood, weather, isPrivate);
    }

    /** Writing window (SPEC §5): today−N … today in the user's zone; different messages for each side. */
    static void checkWindow(LocalDate date, LocalDate today, int daysBack) {
        if (date.isAfter(today)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "diary-date-in-future",
                    "미래 날짜의 일기는 미리 쓸 수 없어요. 오늘(" + today + ")까지만 쓸 수 있어요.",
                    "You cannot write a diary for a future date (today is " + today + ").");
        }
        if (date.isBefore(today.minusDays(daysBack))) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "diary-date-too-old",
                    "일기는 " + daysBack + "일 전까지만 쓸 수 있어요. 너무 지난 날짜예요.",
                    "Diaries can be written at most " + daysBack + " days back; that date is too old.");
        }
    }

    /** Same rules as create, for imported entries; returns the problems instead of throwing. */
    static List<FieldProblem> check(Validator validator, String title, String content, String mood, String weather,
                                    LocalDate date) {
        List<FieldProblem> errors = new ArrayList<>();
        noNul(title, "title", errors);
        noNul(content, "content", errors);
        if (errors.isEmpty()) {
            errors.addAll(constraints(validator, title, content, mood, weather, date));
        }
        mood(mood, errors);
        weather(weather, errors);
        return errors;
    }

    /** The create request's own constraints ({@link DiaryDtos.CreateDiary}) on fields that did not come as one. */
    private static List<FieldProblem> constraints(Validator validator, String title, String content, String mood,
                                                  String weather, LocalDate date) {
        return validator.validate(new DiaryDtos.CreateDiary(title, content, mood, weather, date, null)).stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldProblem(Problems.snake(v.getPropertyPath().toString()), v.getMessage(), v.getMessage()))
                .toList();
    }

    static String clean(String s) {
        return s == null ? null : s.indexOf('\0') >= 0 ? s.replace("\0", "") : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** PostgreSQL text cannot hold NUL: refused as a field error (the JSON parser does the same for bound strings). */
    private static String noNul(String s, String field, List<FieldProblem> errors) {
        if (s != null && s.indexOf('\0') >= 0) {
            errors.add(new FieldProblem(field, "NUL 문자는 쓸 수 없어요.", "NUL characters are not allowed."));
            return null;
        }
        return s;
    }

    /** A mood key, or null (also when unknown, with the field problem recorded). */
    static Mood mood(String value, List<FieldProblem> errors) {
        Optional<Mood> m = Mood.parse(value);
        if (value != null && m.isEmpty()) {
            unknown("mood", Mood.wireValues(), errors);
        }
        return m.orElse(null);
    }

    static Weather weather(String value, List<FieldProblem> errors) {
        Optional<Weather> w = Weather.parse(value);
        if (value != null && w.isEmpty()) {
            unknown("weather", Weather.wireValues(), errors);
        }
        return w.orElse(null);
    }

    private static void unknown(String field, List<String> allowed, List<FieldProblem> errors) {
        errors.add(new FieldProblem(field, "허용되지 않는 값이에요: " + allowed, "Unknown value; allowed: " + allowed));
    }

    private static String text(JsonNode n, String field, List<FieldProblem> errors) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isString()) {
            errors.add(new FieldProblem(field, "문자열이어야 해요.", "Must be a string."));
            return null;
        }
        return n.asString();
    }

    private static void fail(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "입력값을 확인해 주세요.",
                    "Please check your input.", errors, null);
        }
    }
}
