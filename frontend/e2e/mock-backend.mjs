// A small stand-in for the DearMe API (SPEC shapes, canned data) used ONLY by `npm run shots` to look
// at the pages before the real backend exists. It is not a test oracle; `npm run e2e` uses the jar.
import http from 'node:http'

const today = new Date().toISOString().slice(0, 10)
const day = (n) => new Date(Date.now() - n * 86400000).toISOString().slice(0, 10)
const moods = ['happy', 'calm', 'excited', 'grateful', 'tired', 'happy', 'hopeful', 'anxious', 'calm', 'happy']
const diaries = Array.from({ length: 9 }, (_, i) => ({
  id: 100 + i, title: ['한강 산책', '도서관에서 공부', '카페 알바', '비 오는 날', '요가 첫날', '야근', '고양이 카페', '독서', '친구 생일'][i],
  content: '퇴근하고 친구 민지랑 한강을 걸었다. 바람이 시원해서 기분이 좋아졌다. 편의점 라면도 먹었다. 내일은 조금 더 일찍 일어나서 운동을 해보고 싶다.',
  mood: moods[i], weather: ['sunny', 'cloudy', 'windy', 'rainy'][i % 4], diary_date: day(i), is_private: i === 3,
  created_at: new Date().toISOString(), updated_at: new Date().toISOString(),
}))
const scores = (o) => ({ emotional_stability: 62 + o, vitality: 55 - o, self_esteem: 70, positivity: 66 + o, social_connection: 58, resilience: 64 - o })
const persona = {
  id: 7, user_id: 1, name: '산책하는 민트', level: 'complete', is_public: true,
  personality: '호기심이 많고 사람들과 어울리는 걸 좋아해요. 작은 것에도 감사할 줄 알지만, 가끔 계획을 미루는 버릇이 있어요. 산책과 책에서 힘을 얻어요.',
  traits: ['호기심 많은', '따뜻함', '낙관적', '사교적', '즉흥적'], interests: ['산책', '한강', '고양이', '독서', '요가'],
  speaking_style: '반말, 짧은 문장, 가끔 ㅋㅋ와 😊를 써요', summary: '한강 산책과 고양이를 좋아하는 따뜻한 나',
  customization: { tone: 'casual', emoji: true, traits_override: [], greeting: '' }, generated_from: { diary_count: 8, until_date: today },
  created_at: new Date().toISOString(), updated_at: new Date().toISOString(),
}
const friends = [
  { id: 2, username: '지우', profile_image: null, has_public_persona: true, persona_name: '햇살 지우' },
  { id: 3, username: 'minho_92', profile_image: null, has_public_persona: false, persona_name: null },
]
const msgs = [
  { id: 1, chat_id: 5, role: 'persona', content: '안녕! 오늘 하루는 어땠어? 😊', created_at: new Date(Date.now() - 600000).toISOString() },
  { id: 2, chat_id: 5, role: 'user', content: '한강 산책했어! 바람이 진짜 시원하더라', created_at: new Date(Date.now() - 500000).toISOString() },
  { id: 3, chat_id: 5, role: 'persona', content: '오 좋다! 나도 한강 바람 좋아하잖아 ㅋㅋ 민지랑 같이 간 거야?', created_at: new Date(Date.now() - 400000).toISOString() },
]
const notifications = [
  { id: 1, type: 'persona_ready', title: '페르소나가 완성됐어요', content: '산책하는 민트와 대화해 보세요', is_read: false, related_type: 'persona', related_id: 7, created_at: new Date().toISOString() },
  { id: 2, type: 'friend_request', title: '지우님이 친구 요청을 보냈어요', content: '', is_read: false, related_type: 'friendship', related_id: 9, created_at: new Date().toISOString() },
  { id: 3, type: 'milestone_7', title: '일기 7편 달성!', content: '꾸준함이 멋져요', is_read: true, related_type: null, related_id: null, created_at: new Date(Date.now() - 86400000).toISOString() },
]

const routes = {
  'POST /api/v1/auth/refresh': () => ({ access_token: 'mock-a', refresh_token: null, token_type: 'bearer', expires_in: 900 }),
  'POST /api/v1/auth/login': () => ({ access_token: 'mock-a', refresh_token: 'mock-r', token_type: 'bearer', expires_in: 900 }),
  'GET /api/v1/users/me': () => ({ id: 1, email: 'me@example.com', username: '다이어리', profile_image: null, timezone: 'Asia/Seoul', rag_context_level: 'standard', locale: 'ko', email_verified: true, role: 'user', created_at: '2025-01-01T00:00:00+09:00', reminder_enabled: true, reminder_time: '21:30' }),
  'GET /api/v1/diaries/calendar': () => ({ year: 0, month: 0, items: diaries.map((d) => ({ diary_date: d.diary_date, mood: d.mood, diary_id: d.id })) }),
  'GET /api/v1/diaries/weekly-insight': () => ({ diary_count: 5, positive_ratio: 0.8, positive_ratio_change: 0.15, current_streak: 9, summary: '산책으로 마음을 달랜 한 주', last_diary_date: today, dominant_mood: 'happy' }),
  'GET /api/v1/diaries/stats': () => ({ total_count: 12, current_streak: 9, longest_streak: 9, mood_distribution: { happy: 4, calm: 2, excited: 1, grateful: 2, tired: 1, hopeful: 1, anxious: 1 }, monthly_count: { '2025-05': 3, '2025-06': 9 }, weekly_average: 5.2 }),
  'GET /api/v1/diaries/prompt-suggestions': () => ({ prompts: [{ title: '산책길의 발견', description: '요즘 걷다가 눈에 띈 풍경이 있나요?' }, { title: '고마운 사람', description: '이번 주 고마웠던 사람에게 한마디' }, { title: '내일의 작은 목표', description: '내일 꼭 해보고 싶은 한 가지' }] }),
  'GET /api/v1/diaries': () => ({ items: diaries, total: diaries.length, page: 1, per_page: 10 }),
  'GET /api/v1/diaries/100': () => diaries[0],
  'GET /api/v1/personas/status': () => ({ diary_count: 8, required_count: 7, can_generate: false, has_persona: true, level: 'complete', job: null }),
  'GET /api/v1/personas/me': () => persona,
  'GET /api/v1/quiz/persona-level': () => ({ current_level: 'complete', level_name: '완전한 페르소나', diary_count: 8, next_level: null, diaries_needed: 0, progress_percent: 100 }),
  'GET /api/v1/friends': () => ({ items: friends, total: 2 }),
  'GET /api/v1/friends/requests/received': () => ({ items: [{ id: 9, requester: { id: 4, username: '서연', profile_image: null, has_public_persona: true }, status: 'pending', created_at: new Date().toISOString() }] }),
  'GET /api/v1/friends/requests/sent': () => ({ items: [] }),
  'GET /api/v1/friends/recommendations': () => ({ items: [{ id: 5, username: '하늘별', profile_image: null, has_public_persona: true }] }),
  'GET /api/v1/chats': () => ({ items: [{ id: 5, persona_id: 7, persona_name: persona.name, is_own_persona: true, title: null, last_message_at: null, created_at: today }], total: 1, page: 1, per_page: 100 }),
  'GET /api/v1/chats/5': () => ({ id: 5, persona_id: 7, persona_name: persona.name, is_own_persona: true, title: null, last_message_at: null, created_at: today, messages: msgs }),
  'GET /api/v1/notifications': () => ({ items: notifications, total: 3, unread_count: 2 }),
  'GET /api/v1/notifications/unread-count': () => ({ unread_count: 2 }),
  'GET /api/v1/mental/current': () => ({ id: 1, diary_id: 100, analysis_date: today, ...scores(0), overall_status: 'good', summary: '산책과 친구와의 시간이 활력을 주고 있어요.', created_at: today, feedback: { status_label: '좋음', message: '요즘 마음이 안정적이에요.', encouragement: '지금처럼 산책을 이어가 보세요!', suggestion: null, emoji: '🌿' } }),
  'GET /api/v1/mental/radar': () => ({ current: scores(0), previous: scores(-8), trend: 'improving' }),
  'GET /api/v1/mental/history': () => ({ items: Array.from({ length: 9 }, (_, i) => ({ id: i, diary_id: 100 + i, analysis_date: day(i), ...scores((i * 7) % 13 - 6), overall_status: 'good', created_at: day(i) })), total: 9 }),
  'GET /api/v1/mental/negative-trend': () => ({ has_negative_trend: false, days: 7 }),
  'GET /api/v1/mental/book-recommendations': () => ({ based_on_status: 'good', books: [
    { title: '아주 작은 습관의 힘', author: '제임스 클리어', category: '자기계발', description: '작은 습관이 쌓여 큰 변화를 만든다는 이야기.', reason: '산책처럼 좋은 습관을 이어가는 데 도움이 돼요.' },
    { title: '미움받을 용기', author: '기시미 이치로, 고가 후미타케', category: '심리', description: '아들러 심리학을 대화로 풀어낸 책.', reason: '자존감을 더 단단하게 다지고 싶을 때.' },
    { title: '불편한 편의점', author: '김호연', category: '소설', description: '편의점에 모인 사람들의 따뜻한 이야기.', reason: '사람들과의 연결을 느끼게 해줘요.' }] }),
  'GET /api/v1/mental/reports/weekly': () => ({ id: 1, report_type: 'weekly', period_start: day(6), period_end: today, averages: scores(2), trend: { emotional_stability: 6, positivity: 4 }, insights: ['정서 안정성이 평균 64점으로 지난주보다 6점 올랐어요.', '활력은 53점으로 가장 낮았어요.', '친구와 만난 날의 긍정성이 평균보다 12점 높았어요.'], recommendations: ['하루 20분 산책을 이어가 보세요.', '잠들기 전 감사한 일 세 가지를 적어 보세요.', '이번 주 한 번은 친구에게 먼저 연락해 보세요.'], daily_scores: [] }),
  'GET /api/v1/subscriptions/plans': () => ({ plans: [
    { id: 'free', name: '무료', price: 0, currency: 'KRW', period_days: 0, features: ['하루 5회 페르소나 대화', '친구 3명'] },
    { id: 'premium_monthly', name: '프리미엄 월간', price: 4900, currency: 'KRW', period_days: 30, features: ['무제한 대화', '무제한 친구'] },
    { id: 'premium_yearly', name: '프리미엄 연간', price: 39900, currency: 'KRW', period_days: 365, features: ['무제한 대화', '무제한 친구', '2개월 무료'] }] }),
  'GET /api/v1/subscriptions/status': () => ({ is_premium: false, plan: 'free', status: 'active', expires_at: null, cancelled_at: null, days_remaining: null, in_grace_period: false }),
  'GET /api/v1/subscriptions/usage': () => ({ is_premium: false, plan: 'free', daily_chat_messages: { used: 3, limit: 5, remaining: 2 }, friends: { count: 2, limit: 3 } }),
  'GET /api/v1/quiz/questions': () => ({ questions: [{ id: 1, question: '주말에 가장 하고 싶은 일은?', options: [{ id: 'a', text: '친구들과 북적북적 모임' }, { id: 'b', text: '집에서 조용히 책 읽기' }, { id: 'c', text: '새로 생긴 핫플 탐방' }, { id: 'd', text: '등산이나 러닝' }] }] }),
  'GET /api/v1/auth/sessions': () => ({ items: [{ id: 1, created_at: today, last_used_at: new Date().toISOString(), user_agent: 'Chrome on Linux', ip: '127.0.0.1', current: true }, { id: 2, created_at: day(3), last_used_at: day(1), user_agent: 'Safari on iPhone', ip: '10.0.0.8', current: false }] }),
  'GET /api/v1/admin/ops/overview': () => null,
  'GET /health': () => ({ status: 'UP', components: {} }),
}

export function startMockBackend(port = 0) {
  const server = http.createServer((req, res) => {
    const path = req.url.split('?')[0]
    const key = `${req.method} ${path}`
    if (key === 'GET /api/v1/notifications/stream') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' })
      res.write(': connected\n\n')
      res.write('data: {"type":"unread_count","count":2}\n\n')
      const h = setInterval(() => res.write(': hb\n\n'), 25000)
      req.on('close', () => clearInterval(h))
      return
    }
    if (key === 'GET /api/v1/admin/ops/overview' || key === 'GET /api/v1/admin/ops/advice') {
      res.writeHead(403, { 'Content-Type': 'application/problem+json' })
      return res.end(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, detail: '관리자만 접근할 수 있어요.' }))
    }
    // like the real API: refresh only with the HttpOnly refresh cookie (shots.mjs sets or clears it)
    if (key === 'POST /api/v1/auth/refresh' && !/(^|;\s*)dearme_refresh=/.test(req.headers.cookie ?? '')) {
      res.writeHead(401, { 'Content-Type': 'application/problem+json' })
      return res.end(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: '로그인이 필요해요.' }))
    }
    const fn = routes[key]
    if (!fn) {
      res.writeHead(404, { 'Content-Type': 'application/problem+json' })
      return res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: '찾을 수 없어요.' }))
    }
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(fn()))
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })))
}
