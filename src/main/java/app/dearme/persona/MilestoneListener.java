package app.dearme.persona;

import app.dearme.vocabulary.PersonaLevel;

import app.dearme.diary.DiaryChanged;
import app.dearme.diary.DiaryReader;
import app.dearme.notification.Notifications;
import app.dearme.platform.text.Josa;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * SPEC §10 milestones at 3, 5 and 7 diaries, once per user (the primary key decides), and the hint
 * that a higher persona level is unlocked. Runs after the diary commits, asynchronously, in its own transaction:
 * a milestone problem never fails a diary write. A failure is not swallowed (issue 17): it leaves the event
 * publication incomplete, and the publication is delivered again on resubmission (restart), when the primary key
 * of user_milestones makes a repeated run announce nothing twice.
 */
@Component
class MilestoneListener {

    static final int[] MILESTONES = {3, 5, 7};

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final PersonaStore personas;
    private final DiaryReader diaries;

    MilestoneListener(JdbcClient jdbc, Notifications notifications, PersonaStore personas, DiaryReader diaries) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.personas = personas;
        this.diaries = diaries;
    }

    @ApplicationModuleListener
    public void onDiaryChanged(DiaryChanged e) {
        if (e.kind() != DiaryChanged.Kind.CREATED) {
            return;
        }
        for (int m : MILESTONES) {
            if (e.totalCount() >= m && reach(e.userId(), m)) {
                notifications.notify(e.userId(), "milestone_" + m, "일기 " + m + "개 달성!",
                        message(m), "milestone", (long) m);
                if (m == 3 || m == 7) {
                    hintUpgrade(e.userId());
                }
            }
        }
    }

    private boolean reach(long userId, int milestone) {
        return jdbc.sql("insert into user_milestones (user_id, milestone) values (?, ?) on conflict do nothing")
                .params(userId, milestone).update() == 1;
    }

    /** Only when the non-private diaries really unlock a level above the current persona's. */
    private void hintUpgrade(long userId) {
        PersonaLevel unlocked = PersonaLevel.unlockedBy(diaries.countPublic(userId));
        Optional<PersonaView> p = personas.byUser(userId);
        boolean higher = p.map(v -> unlocked.ordinal() > v.personaLevel().ordinal())
                .orElse(unlocked == PersonaLevel.COMPLETE);
        if (!higher || notifications.hasUnread(userId, Notifications.PERSONA_UPGRADE_AVAILABLE)) {
            return;
        }
        String content = p.isPresent()
                ? "이제 페르소나를 " + Josa.attach(unlocked.label(), "으로/로") + " 업그레이드할 수 있어요."
                : "공개 일기가 7개 모였어요. 이제 나만의 페르소나를 만들 수 있어요.";
        notifications.notify(userId, Notifications.PERSONA_UPGRADE_AVAILABLE, "페르소나 업그레이드가 가능해요", content,
                "persona", p.map(PersonaView::id).orElse(null));
    }

    private static String message(int m) {
        return switch (m) {
            case 3 -> "벌써 세 번째 일기예요. 꾸준함이 멋져요!";
            case 5 -> "일기 다섯 개, 나를 알아가는 중이에요.";
            default -> "일기 일곱 개! 이제 나를 닮은 페르소나를 만날 수 있어요.";
        };
    }
}
