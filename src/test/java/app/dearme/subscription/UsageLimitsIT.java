package app.dearme.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dearme.platform.error.ApiException;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestUsers.User;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

class UsageLimitsIT extends IntegrationTest {

    @Autowired
    UsageLimits limits;

    private int parallelConsume(long userId, int calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            results.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                try {
                    limits.consumeChatMessage(userId);
                    return 200;
                } catch (ApiException e) {
                    return e.status().value();
                }
            }));
        }
        start.countDown();
        int ok = 0;
        for (Future<Integer> f : results) {
            int s = f.get();
            if (s == 200) {
                ok++;
            } else {
                assertThat(s).isEqualTo(429);
            }
        }
        pool.shutdown();
        return ok;
    }

    @Test
    void twentyParallelMessagesOfAFreeUserAllowExactlyFive() throws Exception {
        User u = users.aUser();
        assertThat(parallelConsume(u.id(), 20)).isEqualTo(5);
        LocalDate seoulToday = LocalDate.now(ZoneId.of("Asia/Seoul"));
        assertThat(jdbc.queryForObject("select used from usage_counters where user_id = ? and usage_date = ?",
                Integer.class, u.id(), seoulToday)).isEqualTo(5);
        var usage = api.get("/api/v1/subscriptions/usage").auth(u).expect(200).json().get("daily_chat_messages");
        assertThat(usage.get("used").asInt()).isEqualTo(5);
        assertThat(usage.get("remaining").asInt()).isZero();
    }

    @Test
    void theLimitErrorIsA429WithAKoreanMessageAndRetryAfterUntilLocalMidnight() {
        User u = users.aUser();
        for (int i = 0; i < 5; i++) {
            limits.consumeChatMessage(u.id());
        }
        assertThatThrownBy(() -> limits.consumeChatMessage(u.id())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(e.message(false)).contains("5회").contains("프리미엄");
            assertThat(e.retryAfter().toSeconds()).isBetween(1L, 24 * 3600L);
        });
    }

    @Test
    void aRefundGivesOneMessageBack() {
        User u = users.aUser();
        for (int i = 0; i < 5; i++) {
            limits.consumeChatMessage(u.id());
        }
        limits.refundChatMessage(u.id());
        limits.consumeChatMessage(u.id());
        assertThatThrownBy(() -> limits.consumeChatMessage(u.id())).isInstanceOf(ApiException.class);
        User fresh = users.aUser();
        limits.refundChatMessage(fresh.id()); // nothing to refund: stays at zero
        assertThat(limits.chatMessagesToday(fresh.id())).isZero();
    }

    @Test
    void premiumUsersAreUnlimitedButCounted() throws Exception {
        User u = users.aUser();
        api.post("/api/v1/subscriptions/upgrade", Map.of("period_days", 30)).auth(u).expect(200);
        assertThat(limits.isPremium(u.id())).isTrue();
        assertThat(parallelConsume(u.id(), 20)).isEqualTo(20);
        assertThat(limits.chatMessagesToday(u.id())).isEqualTo(20);
    }

    @Test
    void theDayIsTheUsersLocalDay() {
        User u = users.aUser();
        jdbc.update("update users set timezone = 'Pacific/Kiritimati' where id = ?", u.id());
        limits.consumeChatMessage(u.id());
        LocalDate kiritimatiToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        assertThat(jdbc.queryForObject("select usage_date from usage_counters where user_id = ?", LocalDate.class, u.id()))
                .isEqualTo(kiritimatiToday);
    }
}
