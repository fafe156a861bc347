package app.dearme.user;

import app.dearme.platform.error.ApiException;
import app.dearme.platform.security.AuthUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserService users;
    private final UserExport export;
    private final UserDirectory directory;

    UserController(UserService users, UserExport export, UserDirectory directory) {
        this.users = users;
        this.export = export;
        this.directory = directory;
    }

    @GetMapping("/me")
    UserDtos.Me me(AuthUser me) {
        return UserDtos.Me.of(users.me(me.id()));
    }

    @PatchMapping(value = "/me", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserDtos.Me patch(AuthUser me, @Valid @RequestBody UserDtos.PatchMe body) {
        return UserDtos.Me.of(users.patch(me.id(), body));
    }

    @DeleteMapping(value = "/me", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> delete(AuthUser me, @Valid @RequestBody UserDtos.DeleteMe body) {
        users.delete(me.id(), body.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/search")
    Map<String, Object> search(AuthUser me, @RequestParam(defaultValue = "") String q) {
        String term = q.strip();
        if (term.isEmpty() || term.length() > 100) {
            throw ApiException.badRequest("q", "검색어는 1~100자로 입력해 주세요.", "q must be 1–100 characters.");
        }
        return Map.of("items", directory.search(term, me.id()));
    }

    /** Streamed: written to the response while the rows are read, never the whole account in memory. */
    @GetMapping("/me/export")
    void export(AuthUser me, @RequestParam(defaultValue = "json") String format, HttpServletResponse response)
            throws IOException {
        if (!format.equals("json") && !format.equals("markdown")) {
            throw ApiException.badRequest("format", "format은 json 또는 markdown이어야 해요.",
                    "format must be json or markdown.");
        }
        UserAccount account = export.account(me.id());
        boolean asJson = format.equals("json");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"dearme-export." + (asJson ? "json" : "zip") + "\"");
        response.setContentType(asJson ? MediaType.APPLICATION_JSON_VALUE : "application/zip");
        if (asJson) {
            export.writeJson(account, response.getOutputStream());
        } else {
            export.writeMarkdownZip(account, response.getOutputStream());
        }
    }

    @GetMapping("/{id}")
    PublicProfile profile(AuthUser me, @PathVariable long id) {
        return directory.profile(id).orElseThrow(() -> ApiException.notFound("사용자"));
    }
}
