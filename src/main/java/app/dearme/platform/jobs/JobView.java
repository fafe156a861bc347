package app.dearme.platform.jobs;

import java.time.OffsetDateTime;

/**
 * SPEC §8 job resource. {@code error} is a fixed message in the caller's language and {@code errorCode} a stable
 * code; neither ever carries exception text (issue 14).
 */
public record JobView(long id, String kind, String status, int attempts, String error, OffsetDateTime createdAt,
                      OffsetDateTime finishedAt, String errorCode) {
}
