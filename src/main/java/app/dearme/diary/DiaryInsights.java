package app.dearme.diary;

import app.dearme.ai.AiEngine;
import app.dearme.vocabulary.DiaryText;
import app.dearme.vocabulary.Mood;
import app.dearme.vocabulary.Moods;
import app.dearme.ai.PromptSuggestion;
import app.dearme.user.UserClock;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Weekly insight and writing prompts (SPEC §5). Both degrade to local text when the AI engine fails. */
@Service
class DiaryInsights {

    private static final Logger log = LoggerFactory.getLogger(DiaryInsights.class);

    static final List<DiaryDtos.Prompt> FALLBACK_PROMPTS = List.of(
            new DiaryDtos.Prompt("오늘 가장 기억에 남는 순간", "오늘 하루 중 가장 오래 마음에 남은 장면을 떠올려 적어 보세요."),
            new DiaryDtos.Prompt("지금 내 마음의 날씨", "지금 느끼는 감정을 날씨에 빗대어 표현해 보세요. 왜 그런 날씨일까요?"),
            new DiaryDtos.Prompt("고마웠던 한 가지", "오늘 고마웠던 사람이나 일을 하나 골라 그 이유를 적어 보세요."));

    private final DiaryStore store;
    private final DiaryStatsService stats;
    private final UserClock clock;
    private final ObjectProvider<AiEngine> ai;
    /** Keyed by user, week and the week's text, so an edit to that week's diaries recomputes the summary. */
    private final Cache<String, String> summaries = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterAccess(Duration.ofDays(8)).build();

    private final DayCache weeks;

    record Week(LocalDate day, DiaryDtos.WeeklyInsight insight) implements Serializable, DayCache.Dated {
    }

    DiaryInsights(DiaryStore store, DiaryStatsService stats, UserClock clock, ObjectProvider<AiEngine> ai,
                  DiaryReadCaches caches) {
        this.weeks = caches.weeks;
        this.store = store;
        this.stats = stats;
        this.clock = clock;
        this.ai = ai;
    }

    /** Cached for the user's today ({@link DiaryReadCaches}). */
    DiaryDtos.WeeklyInsight weekly(long userId) {
        LocalDate today = clock.today(userId);
        return weeks.get(userId, today, () -> new Week(today, weekly(userId, today))).insight();
    }

    private DiaryDtos.WeeklyInsight weekly(long userId, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<DiaryText> week = store.texts(userId, monday, today, true);
        List<DiaryStore.DayMood> lastWeek = store.daysBetween(userId, monday.minusDays(7), monday.minusDays(1));
        Double ratio = positiveRatio(week.stream().map(DiaryText::mood).toList());
        Double lastRatio = positiveRatio(lastWeek.stream().map(DiaryStore.DayMood::mood).toList());
        Double change = lastRatio == null ? null : round2((ratio == null ? 0.0 : ratio) - lastRatio);
        return new DiaryDtos.WeeklyInsight(week.size(), ratio == null ? 0.0 : ratio, change,
                stats.stats(userId, today).currentStreak(), summary(userId, monday, week),
                store.lastDate(userId).orElse(null), dominantMood(week));
    }

    /** Share of positive moods among the diaries that have a mood; null when none has one. */
    static Double positiveRatio(List<Mood> moods) {
        List<Mood> withMood = moods.stream().filter(m -> m != null).toList();
        if (withMood.isEmpty()) {
            return null;
        }
        long positive = withMood.stream().filter(Mood::positive).count();
        return round2((double) positive / withMood.size());
    }

    /** Most frequent mood of the week; a tie goes to the mood written most recently. */
    static Mood dominantMood(List<DiaryText> weekAscending) {
        return Moods.ranked(weekAscending).stream().findFirst().orElse(null);
    }

    private String summary(long userId, LocalDate monday, List<DiaryText> week) {
        if (week.isEmpty()) {
            return "이번 주 첫 일기를 기다리고 있어요.";
        }
        String key = userId + ":" + monday + ":" + Idempotency.hash(week.toString());
        return summaries.get(key, k -> {
            try {
                AiEngine engine = ai.getIfAvailable();
                String s = engine == null ? null : engine.weeklySummary(week);
                if (s != null && !s.isBlank()) {
                    return s.strip();
                }
            } catch (RuntimeException e) {
                log.warn("weekly summary failed for user {}: {}", userId, e.toString());
            }
            return "이번 주 " + week.size() + "편의 일기로 마음을 돌봤어요.";
        });
    }

    DiaryDtos.Prompts prompts(long userId) {
        try {
            LocalDate today = clock.today(userId);
            AiEngine engine = ai.getIfAvailable();
            if (engine != null) {
                List<PromptSuggestion> got = engine.promptSuggestions(today, store.recent(userId, 5, true));
                List<DiaryDtos.Prompt> valid = got == null ? List.of() : got.stream()
                        .filter(p -> p != null && p.title() != null && !p.title().isBlank() && p.description() != null)
                        .map(p -> new DiaryDtos.Prompt(p.title(), p.description())).distinct().limit(3).toList();
                if (valid.size() == 3) {
                    return new DiaryDtos.Prompts(valid);
                }
            }
        } catch (RuntimeException e) {
            log.warn("prompt suggestions failed for user {}: {}", userId, e.toString());
        }
        return new DiaryDtos.Prompts(FALLBACK_PROMPTS);
    }

    private static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
