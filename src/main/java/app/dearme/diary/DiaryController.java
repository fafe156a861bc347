package app.dearme.diary;

import app.dearme.platform.security.AuthUser;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/diaries")
class DiaryController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DiaryService diaries;
    private final DiaryQueries queries;
    private final DiaryStatsService stats;
    private final DiaryInsights insights;
    private final DiaryImportService imports;
    private final JsonMapper json;

    DiaryController(DiaryService diaries, DiaryQueries queries, DiaryStatsService stats, DiaryInsights insights,
                    DiaryImportService imports, JsonMapper json) {
        this.json = json;
        this.diaries = diaries;
        this.queries = queries;
        this.stats = stats;
        this.insights = insights;
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DiaryDtos.Diary> create(AuthUser me, @Valid @RequestBody DiaryDtos.CreateDiary body,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return replayable(diaries.create(me.id(), body, key), DiaryDtos.Diary.class);
    }

    /** Returns the page's JSON, serialised by {@link DiaryQueries} (the first page comes ready from a cache). */
    @GetMapping
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "*/*", schema = @Schema(implementation = DiaryDtos.Page.class)))
    ResponseEntity<byte[]> list(AuthUser me, @RequestParam(defaultValue = "1") int page,
                        @RequestParam(name = "per_page", defaultValue = "20") int perPage,
                        @RequestParam(required = false) String mood,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) String q) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(queries.list(me.id(), page, perPage, mood, from, to, q));
    }

    @GetMapping("/count")
    DiaryDtos.Count count(AuthUser me) {
        return new DiaryDtos.Count(queries.count(me.id()));
    }

    @GetMapping("/stats")
    DiaryDtos.Stats stats(AuthUser me) {
        return stats.stats(me.id());
    }

    @GetMapping("/calendar")
    DiaryDtos.Calendar calendar(AuthUser me, @RequestParam(required = false) Integer year,
                                @RequestParam(required = false) Integer month) {
        return queries.calendar(me.id(), year, month);
    }

    @GetMapping("/weekly-insight")
    DiaryDtos.WeeklyInsight weeklyInsight(AuthUser me) {
        return insights.weekly(me.id());
    }

    @GetMapping("/prompt-suggestions")
    DiaryDtos.Prompts prompts(AuthUser me) {
        return insights.prompts(me.id());
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DiaryDtos.ImportResult> importFile(AuthUser me, @RequestPart("file") MultipartFile file,
                                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return replayable(imports.importFile(me.id(), file, key), DiaryDtos.ImportResult.class);
    }

    @GetMapping("/{id}")
    DiaryDtos.Diary get(AuthUser me, @PathVariable long id) {
        return diaries.get(me.id(), id);
    }

    @PatchMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DiaryDtos.Diary patch(AuthUser me, @PathVariable long id,
                          @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                  schema = @Schema(implementation = DiaryDtos.PatchDiary.class)))
                          @RequestBody JsonNode body) {
        return diaries.patch(me.id(), id, body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(AuthUser me, @PathVariable long id) {
        diaries.delete(me.id(), id);
        return ResponseEntity.noContent().build();
    }

    /** The first response or, for a repeated Idempotency-Key, the stored one: the same typed body either way. */
    private <T> ResponseEntity<T> replayable(Idempotency.Response r, Class<T> type) {
        return ResponseEntity.status(r.status()).body(json.readValue(r.body(), type));
    }
}
