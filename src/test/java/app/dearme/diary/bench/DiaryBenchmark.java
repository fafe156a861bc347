package app.dearme.diary.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dearme.platform.text.KoreanAnalyzer;
import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;

/**
 * Diary API benchmark (not a timed test): 1,000 users × 365 diaries seeded by SQL (search vectors from
 * the real analyser), then 16 concurrent clients per operation; p50/p95/p99. Skipped unless
 * {@code -Dbench=true}:
 * <pre>./mvnw -q -o test -Dtest=DiaryBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Results are printed and written to {@code bench/results/diaries-latest.txt}.
 */
class DiaryBenchmark extends IntegrationTest {

    private static final int USERS = 1_000;
    private static final int DAYS = 365;
    private static final int CLIENTS = 16;
    private static final int ACTIVE_USERS = 64;
    private static final int REQUESTS_PER_CLIENT = 300;
    private static final String[] MOODS = {"happy", "sad", "angry", "anxious", "calm", "excited", "tired", "grateful",
            "lonely", "hopeful"};
    private static final String[] SENTENCES = {
            "아침에 일어나서 창문을 열었더니 공기가 상쾌했다.", "출근길 지하철이 너무 붐벼서 조금 지쳤다.",
            "점심으로 친구랑 김치찌개를 먹었는데 정말 맛있었다.", "오후에는 카페에서 책을 읽으며 시간을 보냈다.",
            "팀장님께 칭찬을 받아서 기분이 좋았다.", "회의가 길어져서 저녁을 늦게 먹었다.",
            "퇴근하고 한강을 따라 30분 정도 달렸다.", "엄마와 통화하면서 주말 계획을 세웠다.",
            "요즘 잠을 잘 못 자서 피곤하다.", "새로 시작한 프로젝트가 조금 걱정된다.",
            "강아지와 산책하다가 벚꽃이 핀 것을 봤다.", "오랜만에 대학 동기들을 만나서 수다를 떨었다.",
            "비가 와서 우산을 쓰고 천천히 걸었다.", "저녁에는 넷플릭스로 영화를 한 편 봤다.",
            "내일은 더 일찍 일어나서 운동을 해야겠다.", "동생이 취업했다는 소식을 듣고 너무 기뻤다.",
            "시험 준비 때문에 도서관에서 하루 종일 공부했다.", "혼자 있는 시간이 길어서 조금 외로웠다.",
            "감사한 일을 세 가지 적어 보니 마음이 편해졌다.", "주말에 제주도 여행을 가기로 했다.",
            "떡볶이를 만들어 먹었는데 생각보다 매웠다.", "회사 동료와 작은 오해가 있어서 속상했다.",
            "피아노 연습을 다시 시작했다.", "오늘 하루도 무사히 지나가서 다행이다."};
    private static final String[] QUERIES = {"카페", "먹었다", "한강 달리기", "벚꽃", "회의", "여행", "공부", "엄마",
            "영화", "떡볶이"};

    @Autowired
    KoreanAnalyzer analyzer;

    @Autowired
    CacheManager caches;

    private final StringBuilder report = new StringBuilder();

    @Test
    void benchmark() throws Exception {
        assumeTrue(Boolean.getBoolean("bench"), "benchmark runs only with -Dbench=true");
        nori();
        List<long[]> active = seed();
        explainSearch(active.get(0)[1]);
        List<String> tokens = new ArrayList<>();
        for (long[] u : active) {
            tokens.add(api.post("/api/v1/auth/login", Map.of("email", "bench" + u[0] + "@dearme.test",
                    "password", TestUsers.PASSWORD)).expect(200).json().get("access_token").asString());
        }
        run("list page 1 (per_page=20)", i -> api.get("/api/v1/diaries?page=1&per_page=20").auth(tokens.get(i % ACTIVE_USERS)).expect(200));
        run("stats (cached)", i -> api.get("/api/v1/diaries/stats").auth(tokens.get(i % ACTIVE_USERS)).expect(200));
        run("stats (cache evicted before each call)", i -> {
            caches.getCache("diaryStats").evict(active.get(i % ACTIVE_USERS)[1]);
            api.get("/api/v1/diaries/stats").auth(tokens.get(i % ACTIVE_USERS)).expect(200);
        });
        run("search q (Korean full-text, ranked)", i -> api.get("/api/v1/diaries?q="
                + URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8)).auth(tokens.get(i % ACTIVE_USERS)).expect(200));
        // create is measured alone; the untimed delete frees the date for the next round
        List<String> creators = tokens.subList(0, CLIENTS);
        runTimedPart("create diary (POST, 201)", creators);
        System.out.println(report);
        Path out = Path.of(System.getProperty("user.dir"), "bench", "results", "diaries-latest.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private void nori() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 2000; i++) {
            b.append(SENTENCES[i % SENTENCES.length]).append(' ');
        }
        String text = b.substring(0, 2000);
        for (int i = 0; i < 2_000; i++) {
            analyzer.morphemes(text);
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] t = new long[2_000];
        long[] cpu = new long[t.length];
        for (int i = 0; i < t.length; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            analyzer.morphemes(text);
            t[i] = System.nanoTime() - s;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        line("Nori 2,000-char diary, wall time (1 thread, 2,000 warm-up runs)", t, -1);
        line("Nori 2,000-char diary, thread CPU time", cpu, -1);
    }

    /** Query plan (index used, execution time) of the owner's search for every bench query. */
    private void explainSearch(long userId) {
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) con -> {
            con.setAutoCommit(false);
            try (var st = con.createStatement()) {
                for (String variant : new String[] {"(one user's diaries)"}) {
                    report.append("-- search plans ").append(variant).append(":\n");
                    for (String q : QUERIES) {
                        String tsq = String.join(" & ", analyzer.morphemes(q).stream().map(l -> "''" + l + "''").toList());
                        String sql = "explain (analyze, costs off) select id from diaries where user_id = " + userId
                                + " and search_vector @@ to_tsquery('simple', '" + tsq + "') order by ts_rank_cd(search_vector, "
                                + "to_tsquery('simple', '" + tsq + "')) desc, diary_date desc limit 20";
                        String plan = plan(st, sql);
                        java.util.regex.Matcher idx = java.util.regex.Pattern.compile("on (diaries_\\w+)").matcher(plan);
                        java.util.regex.Matcher exec = java.util.regex.Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
                        List<String> used = new ArrayList<>();
                        while (idx.find()) {
                            used.add(idx.group(1));
                        }
                        report.append(String.format("   %-8s %s exec=%s ms%n", q, used, exec.find() ? exec.group(1) : "?"));
                    }
                }
            } finally {
                con.rollback();
                con.setAutoCommit(true);
            }
            return null;
        });
    }

    private static String plan(java.sql.Statement st, String sql) throws java.sql.SQLException {
        StringBuilder b = new StringBuilder();
        try (var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                b.append("   ").append(rs.getString(1)).append('\n');
            }
        }
        return b.toString();
    }

    /** Seeds bench users and diaries; returns [n, userId] of the users the clients log in as. */
    private List<long[]> seed() {
        long t0 = System.nanoTime();
        String hash = jdbc.queryForObject("select password_hash from users where id = ?", String.class, users.aUser().id());
        jdbc.update("delete from users where email like 'bench%@dearme.test'");
        jdbc.update("insert into users (email, username, password_hash, email_verified) "
                + "select 'bench' || g || '@dearme.test', 'bench_' || g, ?, true from generate_series(1, ?) g", hash, USERS);
        Random r = new Random(42);
        int k = 200;
        String[] titles = new String[k];
        String[] contents = new String[k];
        String[] tl = new String[k];
        String[] cl = new String[k];
        for (int i = 0; i < k; i++) {
            StringBuilder c = new StringBuilder();
            int n = 4 + r.nextInt(10);
            for (int j = 0; j < n; j++) {
                c.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
            }
            titles[i] = SENTENCES[r.nextInt(SENTENCES.length)].substring(0, 8).strip();
            contents[i] = c.toString().strip();
            tl[i] = String.join(" ", analyzer.morphemes(titles[i]));
            cl[i] = String.join(" ", analyzer.morphemes(contents[i]));
        }
        jdbc.update("""
                insert into diaries (user_id, title, content, mood, weather, diary_date, is_private, content_hash, search_vector)
                select u.id, t.title, t.content, (?::text[])[1 + (u.id + d) % 10], null, current_date - d, d % 10 = 0,
                       'bench', setweight(to_tsvector('simple', t.tl), 'A') || setweight(to_tsvector('simple', t.cl), 'B')
                  from users u
                  cross join generate_series(1, ?) d
                  join unnest(?::text[], ?::text[], ?::text[], ?::text[]) with ordinality t(title, content, tl, cl, n)
                    on t.n = 1 + (u.id * 7 + d) % ?
                 where u.email like 'bench%@dearme.test'""",
                MOODS, DAYS, titles, contents, tl, cl, k);
        jdbc.execute("analyze diaries");
        long rows = jdbc.queryForObject("select count(*) from diaries", Long.class);
        report.append(String.format("seeded %d users, %d diary rows in %.1f s%n", USERS, rows, (System.nanoTime() - t0) / 1e9));
        return jdbc.query("select substring(email from 6 for position('@' in email) - 6)::int, id from users "
                        + "where email like 'bench%@dearme.test' order by id limit ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, ACTIVE_USERS);
    }

    private void run(String name, IntConsumer op) throws Exception {
        measure(name, (client, i) -> {
            long s = System.nanoTime();
            op.accept(client * REQUESTS_PER_CLIENT + i);
            return System.nanoTime() - s;
        });
    }

    private void runTimedPart(String name, List<String> creators) throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
        measure(name, (client, i) -> {
            String token = creators.get(client);
            long s = System.nanoTime();
            TestApi.Resp r = api.post("/api/v1/diaries", Map.of("diary_date", today, "title", "벤치마크 " + i,
                    "content", SENTENCES[i % SENTENCES.length] + " " + SENTENCES[(i + 7) % SENTENCES.length],
                    "mood", "calm")).auth(token).expect(201);
            long took = System.nanoTime() - s;
            api.delete("/api/v1/diaries/" + r.json().get("id").asLong()).auth(token).expect(204);
            return took;
        });
    }

    interface Timed {
        long call(int client, int i) throws Exception;
    }

    private void measure(String name, Timed op) throws Exception {
        for (int i = 0; i < 50; i++) {
            op.call(i % CLIENTS, i); // warm-up
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> fs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            fs.add(pool.submit(() -> {
                start.await();
                long[] t = new long[REQUESTS_PER_CLIENT];
                for (int i = 0; i < t.length; i++) {
                    t[i] = op.call(client, i);
                }
                return t;
            }));
        }
        long wall = System.nanoTime();
        start.countDown();
        long[] all = new long[CLIENTS * REQUESTS_PER_CLIENT];
        int k = 0;
        for (Future<long[]> f : fs) {
            for (long v : f.get()) {
                all[k++] = v;
            }
        }
        wall = System.nanoTime() - wall;
        pool.shutdown();
        line(name + ", " + CLIENTS + " clients", all, all.length / (wall / 1e9));
    }

    private void line(String name, long[] nanos, double throughput) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        String l = String.format("%-70s n=%6d p50=%7.2f ms p95=%7.2f ms p99=%7.2f ms max=%7.2f ms%s%n", name, s.length,
                pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1] / 1e6,
                throughput > 0 ? String.format(" throughput=%.0f req/s", throughput) : "");
        report.append(l);
        System.out.print(l);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
