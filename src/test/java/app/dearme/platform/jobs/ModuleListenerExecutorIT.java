package app.dearme.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The module listeners run on a bounded pool (issue 15), and a full queue drops instead of throwing at the caller. */
class ModuleListenerExecutorIT extends IntegrationTest {

    @Test
    void asyncListenersRunOnTheBoundedPool() {
        TestUsers.User u = users.aUser();
        api.post("/api/v1/diaries", Map.of("diary_date", LocalDate.now(ZoneId.of("Asia/Seoul")).toString(),
                "title", "리스너", "content", "분석과 마일스톤이 이 풀에서 돈다.")).auth(u).expect(201);
        awaitEventListeners();
        // the pool's threads exist only once it has run a delivery; Boot's default executor names its threads otherwise
        assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith("module-listener-"))).as("listener threads").isNotEmpty().hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void aFullQueueDropsTheTaskWithoutFailingTheCaller() throws InterruptedException {
        ModuleListenerExecutor tiny = new ModuleListenerExecutor(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try {
            tiny.executor().execute(() -> {
                running.countDown();
                awaitQuietly(release);
            });
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            tiny.executor().execute(() -> { }); // queued
            tiny.executor().execute(() -> { }); // dropped: no exception reaches the publisher
            assertThat(tiny.executor().getQueueSize()).isEqualTo(1);
        } finally {
            release.countDown();
            tiny.destroy();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
