package app.dearme.persona;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.ai.AiEngine;
import app.dearme.vocabulary.DiaryText;
import app.dearme.ai.PersonaDraft;
import app.dearme.diary.DiaryReader;
import app.dearme.notification.Notifications;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a persona at a level from the owner's 30 most recent non-private diaries (SPEC §6), for the
 * generate and upgrade jobs. The AI call runs outside any transaction; the write and its notification
 * commit together, so a retried attempt never leaves a persona without its notification.
 */
@Service
public class PersonaRebuilder {

    static final int MAX_DIARIES = 30;

    private final DiaryReader diaries;
    private final AiEngine ai;
    private final Personas personas;
    private final Notifications notifications;
    private final TransactionTemplate tx;

    PersonaRebuilder(DiaryReader diaries, AiEngine ai, Personas personas, Notifications notifications,
                     TransactionTemplate tx) {
        this.diaries = diaries;
        this.ai = ai;
        this.personas = personas;
        this.notifications = notifications;
        this.tx = tx;
    }

    /** {@code content} gets the stored persona and the number of diaries it was built from. */
    public void rebuild(long userId, PersonaLevel level, String notificationType, String title,
                        BiFunction<PersonaView, Integer, String> content) {
        List<DiaryText> recent = diaries.recentPublic(userId, MAX_DIARIES);
        if (recent.size() < level.requiredDiaries()) {
            throw new IllegalStateException("only " + recent.size() + " non-private diaries for " + level);
        }
        PersonaDraft draft = ai.personaFromDiaries(recent);
        tx.executeWithoutResult(s -> {
            PersonaView p = personas.applyGenerated(userId, draft, level, recent.size(), recent.getFirst().date());
            notifications.notify(userId, notificationType, title, content.apply(p, recent.size()), "persona", p.id());
        });
    }
}
