package app.dearme.diary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only listener recording every {@link DiaryChanged} the app publishes. */
@Component
class DiaryEvents {

    private static final List<DiaryChanged> SEEN = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DiaryChanged e) {
        SEEN.add(e);
    }

    static void clear() {
        SEEN.clear();
    }

    static List<DiaryChanged> of(long userId) {
        return SEEN.stream().filter(e -> e.userId() == userId).toList();
    }
}
