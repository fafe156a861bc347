package app.dearme;

import app.dearme.diary.DiaryChanged;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * For {@link EventPublicationIT}: a cross-module style listener that fails for the users a test marks, and records
 * what it handled. Top-level, because Spring Boot's test scan skips components nested in test classes.
 */
@Component
class FlakyDiaryListener {

    static final Set<Long> FAILING = ConcurrentHashMap.newKeySet();
    static final Set<Long> HANDLED = ConcurrentHashMap.newKeySet();
    private static final Map<Long, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    static int attempts(long diaryId) {
        AtomicInteger n = ATTEMPTS.get(diaryId);
        return n == null ? 0 : n.get();
    }

    @ApplicationModuleListener
    void on(DiaryChanged e) {
        ATTEMPTS.computeIfAbsent(e.diaryId(), id -> new AtomicInteger()).incrementAndGet();
        if (FAILING.contains(e.userId())) {
            throw new IllegalStateException("listener down (test)");
        }
        HANDLED.add(e.diaryId());
    }
}
