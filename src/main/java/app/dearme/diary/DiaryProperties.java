package app.dearme.diary;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Diary settings under {@code dearme.diary}. */
@ConfigurationProperties("dearme.diary")
record DiaryProperties(
        @DefaultValue("3") int writableDaysBack,
        @DefaultValue("0.01") double retrievalMinRank,
        @DefaultValue("0.3") double retrievalMinSimilarity,
        @DefaultValue("24h") Duration idempotencyTtl,
        @DefaultValue Import importLimits) {

    record Import(@DefaultValue("52428800") long maxUncompressedBytes,
                  @DefaultValue("2000") int maxZipEntries,
                  @DefaultValue("5000") int maxEntries) {
    }
}
