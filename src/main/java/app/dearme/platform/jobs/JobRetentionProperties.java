package app.dearme.platform.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Finished jobs (done or failed) are kept for {@code keep} so users and operators can still look them up
 * (GET /api/v1/jobs/{id}, the 24 h figures on /admin/ops), then deleted. Every diary write queues jobs, so without
 * pruning the table only grows. Queued and running jobs are never touched.
 */
@ConfigurationProperties("dearme.jobs.retention")
record JobRetentionProperties(@DefaultValue("30d") Duration keep,
                              @DefaultValue("1h") Duration interval,
                              @DefaultValue("5000") int batchSize) {
}
