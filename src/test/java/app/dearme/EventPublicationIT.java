package app.dearme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.dearme.diary.DiaryChanged;
import app.dearme.persona.PersonaFixtures;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The event publication registry (issue 17): a cross-module listener that fails leaves its publication incomplete,
 * the other listeners of the same event are not affected, and a resubmission delivers it again until it completes.
 */
class EventPublicationIT extends IntegrationTest {

    @Autowired
    IncompleteEventPublications incomplete;

    @AfterEach
    void nothingLeftFailing() {
        FlakyDiaryListener.FAILING.clear();
        // never leave a failed publication behind for the other tests' awaitEventListeners()
        jdbc.update("delete from event_publication where listener_id like '%FlakyDiaryListener%'");
    }

    @Test
    void aFailingListenersPublicationStaysIncompleteAndCompletesOnResubmission() {
        TestUsers.User u = users.aUser();
        FlakyDiaryListener.FAILING.add(u.id());
        long diary = new PersonaFixtures(api, jdbc).diaries(u, 1, false).getFirst();

        await().atMost(Duration.ofSeconds(30)).until(() -> FlakyDiaryListener.attempts(diary) >= 1
                && incompleteOf(u, "%") == 1);
        // the failed one is the flaky listener's; mental's and persona's listeners completed (and were deleted)
        assertThat(incompleteOf(u, "%FlakyDiaryListener%")).isEqualTo(1);
        assertThat(FlakyDiaryListener.HANDLED).doesNotContain(diary);

        FlakyDiaryListener.FAILING.remove(u.id());
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof DiaryChanged e && e.userId() == u.id());

        await().atMost(Duration.ofSeconds(30)).until(() -> FlakyDiaryListener.HANDLED.contains(diary)
                && incompleteOf(u, "%") == 0);
        assertThat(FlakyDiaryListener.attempts(diary)).isEqualTo(2);
    }

    @Autowired
    app.dearme.platform.jobs.EventPublicationRetry retry;

    @Test
    void theRecurringRetryDeliversAFailedPublicationWithoutARestart() {
        TestUsers.User u = users.aUser();
        FlakyDiaryListener.FAILING.add(u.id());
        long diary = new PersonaFixtures(api, jdbc).diaries(u, 1, false).getFirst();
        await().atMost(Duration.ofSeconds(30)).until(() -> incompleteOf(u, "%FlakyDiaryListener%") == 1);

        FlakyDiaryListener.FAILING.remove(u.id());
        retry.resubmit(); // the default age (5 min) keeps a fresh publication alone: it may still be running elsewhere
        assertThat(incompleteOf(u, "%FlakyDiaryListener%")).isEqualTo(1);
        retry.resubmitOlderThan(Duration.ZERO); // what the task does once the publication is old enough
        await().atMost(Duration.ofSeconds(30)).until(() -> FlakyDiaryListener.HANDLED.contains(diary)
                && incompleteOf(u, "%") == 0);
    }

    /** Incomplete publications of the user's events (the serialized event carries the user id) for matching listeners. */
    private int incompleteOf(TestUsers.User u, String listener) {
        return jdbc.queryForObject("""
                select count(*) from event_publication
                 where completion_date is null and listener_id like ? and event_type like '%DiaryChanged'
                   and serialized_event ~ ?""", Integer.class, listener, "\"user_?[iI]d\"\\s*:\\s*" + u.id() + "([^0-9]|$)");
    }
}
