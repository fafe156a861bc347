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

    /**
     * Import limits: bytes and zip entries against bombs, entries per file, committed imports per user in any 24
     * hours, and the follow-up work one import may queue (mental analysis for the newest {@code analyzeLatest}
     * diaries only, index jobs in batches of {@code indexBatch} diaries).
     */
    record Import(@DefaultValue("52428800") long maxUncompressedBytes,
                  @DefaultValue("2000") int maxZipEntries,
                  @DefaultValue("1000") int maxEntries,
                  @DefaultValue("5") int perDay,
                  @DefaultValue("30") int analyzeLatest,
                  @DefaultValue("100") int indexBatch) {
    }
}
