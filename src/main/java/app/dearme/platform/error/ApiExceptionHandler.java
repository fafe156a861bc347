package app.dearme.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import app.dearme.vocabulary.WireValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.core.exc.StreamReadException;

/** Turns every failure into RFC 9457 problem+json; input never causes a 500. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        boolean en = Problems.english();
        ProblemDetail pd = Problems.of(e.status(), e.slug(), e.message(en));
        List<Map<String, String>> errs = e.errors().stream()
                .map(f -> Map.of("field", f.field(), "message", en ? f.messageEn() : f.messageKo()))
                .toList();
        Problems.withErrors(pd, errs);
        HttpHeaders h = new HttpHeaders();
        if (e.retryAfter() != null) {
            h.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return ResponseEntity.status(e.status()).headers(h).body(pd);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return validation(List.of(fieldError(e.getName(), "형식이 올바르지 않아요.", "Invalid value.")));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.info("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        boolean en = Problems.english();
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "conflict",
                en ? "The request conflicts with existing data." : "이미 있는 데이터와 충돌해요."));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class})
    ResponseEntity<Object> dbDown(Exception e) {
        log.error("Database unavailable: {}", e.getMessage());
        boolean en = Problems.english();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                        en ? "The service is temporarily unavailable." : "잠시 후 다시 시도해 주세요."));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return tooLargeResponse();
    }

    /** A body that says multipart but cannot be parsed as one (no boundary, truncated, garbage) is the client's fault. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> badMultipart(MultipartException e) {
        log.info("Malformed multipart body: {}", e.getMostSpecificCause().toString());
        boolean en = Problems.english();
        ProblemDetail pd = Problems.of(HttpStatus.BAD_REQUEST, "malformed-multipart",
                en ? "The multipart body is malformed." : "multipart 요청 본문이 올바르지 않아요.");
        return ResponseEntity.badRequest().body(Problems.withErrors(pd, List.of(fieldError("body",
                "파일을 다시 첨부해서 보내 주세요.", "Attach the file again and resend."))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest req) {
        if (e instanceof ErrorResponse er) {
            return ResponseEntity.status(er.getStatusCode()).body(localize(er.getBody(), er.getStatusCode()));
        }
        log.error("Unexpected error on {} {}", req.getMethod(), req.getRequestURI(), e);
        boolean en = Problems.english();
        return ResponseEntity.status(500).body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                en ? "Something went wrong on our side." : "일시적인 오류가 발생했어요."));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return tooLargeResponse();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errs = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errs.add(Map.of("field", Problems.snake(fe.getField()),
                    "message", fe.getDefaultMessage() == null ? "invalid" : fe.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errs.add(Map.of("field", ge.getObjectName(),
                "message", ge.getDefaultMessage() == null ? "invalid" : ge.getDefaultMessage())));
        return validation(errs);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errs = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errs.add(Map.of(
                "field", Problems.snake(r.getMethodParameter().getParameterName() == null ? "param"
                        : r.getMethodParameter().getParameterName()),
                "message", err.getDefaultMessage() == null ? "invalid" : err.getDefaultMessage()))));
        return validation(errs);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (ex.getCause() instanceof JacksonException je && !(je instanceof StreamReadException)) {
            String path = je.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            List<String> allowed = allowedWireValues(je);
            if (allowed != null) {
                return validation(List.of(fieldError(path, "허용되지 않는 값이에요: " + allowed,
                        "Unknown value; allowed: " + allowed)));
            }
            return validation(List.of(fieldError(path, "값의 형식이 올바르지 않아요.", "Invalid value or type.")));
        }
        if (cause instanceof PayloadTooLargeException) {
            return tooLargeResponse();
        }
        boolean en = Problems.english();
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed",
                en ? "The request body is not valid JSON." : "요청 본문이 올바른 JSON이 아니에요."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail pd = body instanceof ProblemDetail p ? p
                : ProblemDetail.forStatus(statusCode);
        return ResponseEntity.status(statusCode).headers(headers).body(localize(pd, statusCode));
    }

    private ProblemDetail localize(ProblemDetail pd, HttpStatusCode status) {
        boolean en = Problems.english();
        String slug = switch (status.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 400 -> "bad-request";
            default -> "error";
        };
        String detail = switch (status.value()) {
            case 404 -> en ? "No such resource." : "요청한 주소를 찾을 수 없어요.";
            case 405 -> en ? "This method is not allowed here." : "이 주소에서 허용되지 않는 방식이에요.";
            case 415 -> en ? "Unsupported Content-Type; send application/json." : "지원하지 않는 Content-Type이에요. application/json으로 보내 주세요.";
            case 400 -> en ? "The request is invalid." : "요청이 올바르지 않아요.";
            default -> pd.getDetail();
        };
        ProblemDetail out = Problems.of(status, slug, detail);
        if (status.value() == 400 && pd.getDetail() != null && pd.getProperties() == null) {
            out.setProperty("errors", List.of(Map.of("field", "request", "message", pd.getDetail())));
        }
        return out;
    }

    /** The allowed keys when the value was meant for a vocabulary enum (SPEC §15), else null. */
    private static List<String> allowedWireValues(JacksonException e) {
        Class<?> target = e instanceof ValueInstantiationException v && v.getType() != null ? v.getType().getRawClass()
                : e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null || !target.isEnum() || !WireValue.class.isAssignableFrom(target)) {
            return null;
        }
        return java.util.Arrays.stream(target.getEnumConstants()).map(c -> ((WireValue) c).wire()).sorted().toList();
    }

    private ResponseEntity<Object> validation(List<Map<String, String>> errs) {
        boolean en = Problems.english();
        ProblemDetail pd = Problems.of(HttpStatus.BAD_REQUEST, "validation",
                en ? "Please check your input." : "입력값을 확인해 주세요.");
        return ResponseEntity.badRequest().body(Problems.withErrors(pd, errs));
    }

    private static Map<String, String> fieldError(String field, String ko, String en) {
        return Map.of("field", Problems.snake(field), "message", Problems.english() ? en : ko);
    }

    private ResponseEntity<Object> tooLargeResponse() {
        boolean en = Problems.english();
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "too-large", en ? "The request body is too large." : "요청 크기가 너무 커요."));
    }
}
