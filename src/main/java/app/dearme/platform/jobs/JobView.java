package app.dearme.platform.jobs;

import java.time.OffsetDateTime;

/** SPEC §8 job resource. */
public record JobView(long id, String kind, String status, int attempts, String error, OffsetDateTime createdAt,
                      OffsetDateTime finishedAt) {
}
