-- bench/run.sh's data set: 1 + :users users × (:days + 1) diaries (1,000 × 365 by default) (ending four days ago, so the writing window stays free),
-- a mental analysis for each of the last 30 days, a persona, one chat with 20 messages and 30 notifications each.
-- User 1 ("bench0@bench.local") was registered through the API; every other user gets its password hash, so all
-- log in with "bench-pass-1". Texts are built from everyday Korean sentences; search vectors use the 'simple'
-- configuration over the text (the app's own analyser only runs on writes through the API).
\set ON_ERROR_STOP on
begin;
update users set email_verified = true where email = 'bench0@bench.local';

insert into users (email, username, password_hash, email_verified)
select 'bench' || g || '@bench.local', 'bench' || g, (select password_hash from users where email = 'bench0@bench.local'), true
from generate_series(1, :users) g;

create temporary table sentences (n int, s text);
insert into sentences values
 (0, '아침에 일어나서 창문을 열고 커피를 마셨다.'), (1, '회사에서 회의가 길어져서 점심을 늦게 먹었다.'),
 (2, '퇴근길에 한강을 따라 산책을 했다.'), (3, '친구와 오랜만에 저녁을 먹으며 이야기를 나눴다.'),
 (4, '비가 와서 집에서 책을 읽었다.'), (5, '고양이 보리가 오늘따라 애교가 많았다.'),
 (6, '운동을 하고 나니 몸이 가벼워졌다.'), (7, '마감이 다가와서 조금 불안했다.'),
 (8, '엄마와 통화하면서 마음이 따뜻해졌다.'), (9, '새로 산 노트에 다음 달 계획을 적었다.'),
 (10, '지하철이 너무 붐벼서 피곤했다.'), (11, '주말에 등산을 가기로 약속했다.');

insert into diaries (user_id, title, content, mood, weather, diary_date, is_private, search_vector, created_at, updated_at)
select u.id,
       (array['평범한 하루','산책','회사 일','친구','비 오는 날','보리','운동','계획'])[1 + (u.id + d) % 8],
       c.txt,
       (array['happy','sad','angry','anxious','calm','excited','tired','grateful','lonely','hopeful'])[1 + (u.id * 7 + d) % 10],
       (array['sunny','cloudy','rainy','snowy','windy','foggy','stormy'])[1 + (u.id + d * 3) % 7],
       current_date - 4 - d,
       (u.id + d) % 10 = 0,
       to_tsvector('simple', c.txt),
       now() - make_interval(days => 4 + d), now() - make_interval(days => 4 + d)
from users u
cross join generate_series(0, :days) d
cross join lateral (
  select string_agg(s.s, ' ' order by k) as txt
  from generate_series(0, 3 + (u.id + d) % 6) k
  join sentences s on s.n = (u.id * 3 + d * 5 + k * 7) % 12
) c;

insert into mental_analyses (user_id, diary_id, analysis_date, emotional_stability, vitality, self_esteem,
                             positivity, social_connection, resilience, overall_status, summary)
select d.user_id, d.id, d.diary_date, 40 + (d.id % 50), 35 + (d.id % 55), 45 + (d.id % 40), 40 + (d.id % 45),
       30 + (d.id % 60), 50 + (d.id % 35),
       -- the service's own vocabulary (ai.OverallStatus): an unknown status fails every report job built on it
       (array['good', 'neutral', 'neutral', 'concerning'])[1 + d.id % 4], '차분한 하루였어요.'
from diaries d where d.diary_date >= current_date - 34;

insert into personas (user_id, name, personality, traits, interests, speaking_style, summary, is_public,
                      generated_diary_count, generated_until)
select id, username || '의 AI', '차분하고 다정한 편', '["다정함","차분함","성실함"]', '["산책","독서","고양이"]',
       '반말, 이모지는 가끔', '일상을 꼼꼼히 기록하는 사람', true, 365, current_date - 4
from users;

insert into chats (user_id, persona_id, last_message_at)
select p.user_id, p.id, now() from personas p;

insert into chat_messages (chat_id, role, content, created_at)
select c.id, case when g % 2 = 0 then 'user' else 'persona' end,
       case when g % 2 = 0 then '오늘 어땠어?' else '산책하면서 기분이 좀 나아졌어.' end,
       now() - make_interval(mins => 60 - g)
from chats c cross join generate_series(1, 20) g;

insert into notifications (user_id, type, title, content, is_read, created_at)
select u.id, 'analysis_ready', '마음 분석이 도착했어요', '어제 일기의 분석이 준비됐어요.', g > 5,
       now() - make_interval(hours => g)
from users u cross join generate_series(1, 30) g;
commit;
analyze;
