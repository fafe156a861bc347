#!/usr/bin/env node
// End-to-end journeys in a real browser against the real backend jar.
// playwright-core drives Debian's Chromium; no browser is ever downloaded.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startStaticServer } from './serve.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const FRONTEND = resolve(HERE, '..')
const JAR = resolve(process.env.DEARME_JAR ?? join(FRONTEND, '..', 'target', 'dearme.jar'))
const JAVA = process.env.DEARME_JAVA ?? '/usr/lib/jvm/temurin-25-jdk-amd64/bin/java'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SHOTS = join(FRONTEND, 'e2e', 'screenshots')
const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']
const VIEWPORTS = { mobile: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } }
const T = { short: 10_000, job: 90_000 }

const results = []
const cleanups = []
let backendLog = null

function finish(code) {
  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  console.log(`E2E: ${passed} passed, ${failed} failed`)
  process.exit(code ?? (failed > 0 ? 1 : 0))
}

async function cleanup() {
  for (const fn of cleanups.reverse()) {
    try {
      await fn()
    } catch {
      /* keep cleaning */
    }
  }
  cleanups.length = 0
}

function fatal(msg) {
  console.error(`E2E setup failed: ${msg}`)
  results.push({ name: 'setup', ok: false })
  return cleanup().then(() => finish(1))
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => cleanup().then(() => finish(1)))

const freePort = () =>
  new Promise((res, rej) => {
    const s = net.createServer()
    s.unref()
    s.on('error', rej)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => res(port))
    })
  })

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function waitFor(fn, { timeout = T.short, interval = 250, what = 'condition' } = {}) {
  const end = Date.now() + timeout
  let last
  while (Date.now() < end) {
    try {
      const v = await fn()
      if (v) return v
    } catch (e) {
      last = e
    }
    await sleep(interval)
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`)
}

// ---------- calendar dates in the user's zone (same rule as src/lib/dates.ts) ----------
function todayIn(timeZone) {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date())
  const g = (t) => p.find((x) => x.type === t).value
  return `${g('year')}-${g('month')}-${g('day')}`
}
function addDays(date, n) {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

// ---------- API helper (Node fetch) ----------
function apiClient(base) {
  async function call(method, path, { token, body, form, headers = {} } = {}) {
    const h = { Accept: 'application/json', ...headers }
    if (token) h.Authorization = `Bearer ${token}`
    let payload
    if (form) payload = form
    else if (body !== undefined) {
      h['Content-Type'] = 'application/json'
      payload = JSON.stringify(body)
    }
    const res = await fetch(base + path, { method, headers: h, body: payload })
    const text = await res.text()
    let json = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = text
    }
    return { status: res.status, json, headers: res.headers }
  }
  const ok = async (method, path, opts) => {
    const r = await call(method, path, opts)
    if (r.status >= 400) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.json)}`)
    return r.json
  }
  return { call, ok }
}

async function mailboxLink(api, email, kind = 'verify-email') {
  return waitFor(
    async () => {
      const box = await api.ok('GET', '/dev/mailbox')
      const list = Array.isArray(box) ? box : (box?.items ?? [])
      for (const m of list) {
        if (String(m.to).toLowerCase() !== email.toLowerCase()) continue
        const text = `${m.text ?? ''} ${m.html ?? ''}`
        const match = text.match(new RegExp(`https?://[^\\s"'<>]*/${kind}\\?token=([A-Za-z0-9._~%-]+)`))
        if (match) return { url: match[0], token: decodeURIComponent(match[1]) }
      }
      return null
    },
    { what: `${kind} mail for ${email}` },
  )
}

async function registerAndVerifyViaApi(api, email, username, password) {
  await api.ok('POST', '/api/v1/auth/register', { body: { email, username, password } })
  const { token } = await mailboxLink(api, email)
  await api.ok('GET', `/api/v1/auth/verify-email?token=${encodeURIComponent(token)}`)
}

// ---------- browser helpers ----------
async function newBrowser(label) {
  const dir = mkdtempSync(join(tmpdir(), `dearme-e2e-chrome-${label}-`))
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROME_ARGS,
    viewport: VIEWPORTS.desktop,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    acceptDownloads: true,
  })
  cleanups.push(async () => {
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const page = ctx.pages()[0] ?? (await ctx.newPage())
  page.setDefaultTimeout(T.short)
  const consoleErrors = []
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()))
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`))
  return { ctx, page, consoleErrors }
}

async function shoot(page, name) {
  mkdirSync(SHOTS, { recursive: true })
  const vp = page.viewportSize()
  for (const [kind, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size)
    await sleep(1600) // let charts re-measure and finish animating
    await page.screenshot({ path: join(SHOTS, `${name}-${kind}.png`), fullPage: true })
  }
  if (vp) await page.setViewportSize(vp)
}

async function journey(name, fn, pages = []) {
  const started = Date.now()
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
    return true
  } catch (e) {
    results.push({ name, ok: false })
    console.log(`  ✗ ${name}\n      ${String(e?.stack ?? e).split('\n').slice(0, 4).join('\n      ')}`)
    mkdirSync(SHOTS, { recursive: true })
    for (const [i, p] of pages.entries()) {
      await p.screenshot({ path: join(SHOTS, `FAIL-${name.replace(/\W+/g, '_')}-${i}.png`), fullPage: true }).catch(() => {})
    }
    return false
  }
}

function skip(name, why) {
  results.push({ name, ok: false })
  console.log(`  ✗ ${name} — not run: ${why}`)
}

// ---------- main ----------
async function main() {
  console.log('DearMe E2E')
  if (!existsSync(CHROMIUM)) return fatal(`Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`)
  if (!existsSync(JAR)) return fatal(`backend jar not found at ${JAR} (build it first, or set DEARME_JAR)`)
  if (!existsSync(JAVA)) return fatal(`java not found at ${JAVA} (set DEARME_JAVA)`)

  // 1. backend
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'dearme-e2e-data-'))
  backendLog = join(dataDir, 'backend.log')
  const logFd = openSync(backendLog, 'a')
  // the operator: an admin by configuration (dearme.admin-emails, SPEC §13), the way a deployment makes one
  const OPS = { email: `ops_${Date.now().toString(36)}@example.com`, username: `운영자_${Date.now().toString(36)}`, password: 'Ops-admin-2025!' }
  const backend = spawn(JAVA, ['-jar', JAR, `--server.port=${port}`, '--dearme.rate-limit.enabled=false',
    `--dearme.admin-emails=${OPS.email}`, '--dearme.ops.sample-interval=2s'], {
    env: { ...process.env, DEARME_DATA_DIR: dataDir, JAVA_HOME: dirname(dirname(JAVA)) },
    stdio: ['ignore', logFd, logFd],
    detached: true,
  })
  let exited = false
  backend.on('exit', () => (exited = true))
  cleanups.push(async () => {
    if (exited) return
    try {
      process.kill(-backend.pid, 'SIGTERM') // the process group we created, nothing else
    } catch {
      backend.kill('SIGTERM')
    }
    const end = Date.now() + 20_000
    while (!exited && Date.now() < end) await sleep(200)
    if (!exited) {
      try {
        process.kill(-backend.pid, 'SIGKILL')
      } catch {
        backend.kill('SIGKILL')
      }
    }
  })
  cleanups.push(async () => {
    if (!results.every((r) => r.ok)) {
      const tail = readFileSync(backendLog, 'utf8').split('\n').slice(-60).join('\n')
      console.log(`--- backend log tail (${backendLog}) ---\n${tail}`)
    } else rmSync(dataDir, { recursive: true, force: true })
  })
  const apiBase = `http://127.0.0.1:${port}`
  const api = apiClient(apiBase)
  console.log(`backend: ${JAR} on :${port}, data ${dataDir}`)
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error('backend process exited')
        const r = await fetch(`${apiBase}/health`)
        return r.ok && (await r.json()).status === 'UP'
      },
      { timeout: 90_000, interval: 1000, what: 'GET /health UP (90 s)' },
    )
  } catch (e) {
    return fatal(e.message)
  }

  // 2. web: the jar serves the SPA; if this jar was built without it, serve dist ourselves.
  let base = apiBase
  const home = await fetch(`${apiBase}/login`).then((r) => r.text()).catch(() => '')
  if (!home.includes('id="root"')) {
    if (!existsSync(join(FRONTEND, 'dist', 'index.html'))) {
      console.log('building frontend (dist missing)…')
      const b = spawnSync('npm', ['run', 'build'], { cwd: FRONTEND, stdio: 'inherit' })
      if (b.status !== 0) return fatal('npm run build failed')
    }
    const s = await startStaticServer({ distDir: join(FRONTEND, 'dist'), backend: apiBase })
    cleanups.push(() => new Promise((r) => s.server.close(r)))
    base = s.url
    console.log(`jar does not serve the SPA; serving dist at ${base}`)
  }

  const stamp = Date.now().toString(36)
  const A = { email: `a_${stamp}@example.com`, username: `다이어리_${stamp}`, password: 'Dear-me-2025!' }
  const B = { email: `b_${stamp}@example.com`, username: `친구_${stamp}`, password: 'Friend-2025!x' }
  const a = await newBrowser('a')
  const pa = a.page
  let tokenA = null
  let tz = 'Asia/Seoul'
  let personaId = null

  const ok1 = await journey('register, verify via dev mailbox, log in', async () => {
    await pa.goto(`${base}/register`)
    await shoot(pa, 'register')
    await pa.fill('#email', A.email)
    await pa.fill('#username', A.username)
    await pa.fill('#password', A.password)
    await pa.fill('#confirm', A.password)
    await pa.check('input[type=checkbox]')
    await pa.getByRole('button', { name: '가입하기' }).click()
    await pa.getByTestId('register-done').waitFor()
    const mailLink = pa.getByRole('link', { name: /개발용 메일함/ })
    if ((await mailLink.getAttribute('href')) !== '/dev/mailbox') throw new Error('dev mailbox link missing')
    const { url, token } = await mailboxLink(api, A.email)
    // Open the link on our origin (the mail's public_url may differ from the test port).
    await pa.goto(`${base}/verify-email?token=${encodeURIComponent(token)}`)
    await pa.getByTestId('verify-ok').waitFor()
    if (pa.url().includes('token=')) throw new Error('token left in the address bar')
    await pa.waitForURL(`${base}/`, { timeout: T.short })
    await pa.getByTestId('greeting').waitFor()
    // no token in web storage; the refresh token is an HttpOnly, Secure, SameSite=Strict cookie
    const stored = await pa.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
    if (/token/i.test(stored)) throw new Error(`token in web storage: ${stored}`)
    if (/dearme_refresh/.test(await pa.evaluate(() => document.cookie))) throw new Error('refresh cookie readable by scripts')
    const rc = (await a.ctx.cookies(`${base}/api/v1/auth/refresh`)).find((c) => c.name === 'dearme_refresh')
    if (!rc || !rc.httpOnly || !rc.secure || rc.sameSite !== 'Strict') throw new Error(`refresh cookie attributes: ${JSON.stringify(rc)}`)
    // reload stays logged in (the access token is in memory only; the cookie buys a new one via /auth/refresh)
    await pa.reload()
    await pa.getByTestId('greeting').waitFor()
    // a second tab refreshing at the same time keeps both logged in (grace window for the rotated token)
    const tab2 = await a.ctx.newPage()
    await Promise.all([tab2.goto(`${base}/`), pa.reload()])
    await tab2.getByTestId('greeting').waitFor()
    await pa.getByTestId('greeting').waitFor()
    await tab2.close()
    // log out and log in through the form
    await pa.getByRole('button', { name: '내 계정 메뉴' }).click()
    await pa.getByRole('menuitem', { name: '로그아웃' }).click()
    await pa.waitForURL(/\/login$/)
    await shoot(pa, 'login')
    await pa.fill('#email', A.email)
    await pa.fill('#password', A.password)
    await pa.getByRole('button', { name: '로그인', exact: true }).click()
    await pa.getByTestId('greeting').waitFor()
    void url
    const login = await api.ok('POST', '/api/v1/auth/login', { body: { email: A.email, password: A.password } })
    tokenA = login.access_token
    tz = (await api.ok('GET', '/api/v1/users/me', { token: tokenA })).timezone ?? tz
  }, [pa])

  const ok2 = ok1
    ? await journey('write diaries (UI + API + import) to reach 7 non-private', async () => {
        const today = todayIn(tz)
        const topics = [
          ['한강 산책', '퇴근하고 친구 민지랑 한강을 걸었다. 바람이 시원해서 기분이 좋아졌다. 편의점 라면도 먹었다.', 'happy', 'windy'],
          ['도서관에서 공부', '오늘은 도서관에서 자격증 공부를 했다. 집중이 잘 돼서 뿌듯했다. 저녁엔 고양이 사진을 봤다.', 'calm', 'sunny'],
        ]
        // two through the UI
        for (const [i, [title, content, mood, weather]] of topics.entries()) {
          await pa.goto(`${base}/diaries/new`)
          await pa.locator('#diary-date').selectOption(addDays(today, -i))
          await pa.fill('#diary-title', title)
          await pa.fill('#diary-content', content)
          await pa.getByRole('radio', { name: { happy: '행복', calm: '평온' }[mood] }).click()
          await pa.getByRole('radio', { name: { windy: '바람', sunny: '맑음' }[weather] }).click()
          if (i === 0) await shoot(pa, 'diary-new')
          await pa.getByRole('button', { name: '저장', exact: true }).click()
          await pa.waitForURL(/\/diaries\/\d+$/)
          await pa.getByRole('heading', { name: title }).waitFor()
        }
        await shoot(pa, 'diary-detail')
        // two through the API (rest of the writing window)
        const apiDiaries = [
          ['카페 알바', '카페 알바가 바빴지만 손님들이 친절했다. 커피 향이 좋았다. 내일은 쉬는 날이라 설렌다.', 'excited', 'cloudy'],
          ['비 오는 날', '비가 와서 집에서 영화를 봤다. 조금 심심했지만 엄마랑 통화해서 마음이 따뜻해졌다.', 'grateful', 'rainy'],
        ]
        for (const [i, [title, content, mood, weather]] of apiDiaries.entries()) {
          await api.ok('POST', '/api/v1/diaries', {
            token: tokenA,
            headers: { 'Idempotency-Key': `e2e-${stamp}-${i}` },
            body: { title, content, mood, weather, diary_date: addDays(today, -(i + 2)), is_private: false },
          })
        }
        // older dates via our own export format (the writing window does not apply to imports)
        const older = [
          ['요가 첫날', '요가 수업에 처음 갔다. 몸이 뻣뻣했지만 끝나고 개운했다. 꾸준히 해보고 싶다.', 'hopeful', 'sunny'],
          ['야근', '회사에서 야근을 했다. 피곤했지만 팀원들이랑 치킨을 먹으며 웃었다.', 'tired', 'cloudy'],
          ['고양이 카페', '친구와 고양이 카페에 갔다. 고양이들이 귀여워서 스트레스가 풀렸다.', 'happy', 'sunny'],
          ['독서', '소설책을 한 권 다 읽었다. 주인공의 용기가 인상 깊었다. 나도 새로운 도전을 해보고 싶다.', 'calm', 'foggy'],
        ]
        const file = {
          diaries: older.map(([title, content, mood, weather], i) => ({ diary_date: addDays(today, -(i + 4)), title, content, mood, weather, is_private: false })),
        }
        const form = new FormData()
        form.append('file', new Blob([JSON.stringify(file)], { type: 'application/json' }), 'dearme-export.json')
        const imported = await api.ok('POST', '/api/v1/diaries/import', { token: tokenA, form })
        if (Number(imported?.imported) !== older.length) throw new Error(`import returned ${JSON.stringify(imported)}`)
        await pa.goto(`${base}/diaries`)
        await waitFor(async () => (await pa.getByTestId('diary-list').locator('li').count()) >= 8, { what: '8 diaries listed' })
        await shoot(pa, 'diaries')
        const status = await api.ok('GET', '/api/v1/personas/status', { token: tokenA })
        if (!(status.diary_count >= 7 && status.can_generate)) throw new Error(`persona status ${JSON.stringify(status)}`)
        await pa.goto(`${base}/`)
        await pa.getByTestId('streak').waitFor()
        await waitFor(async () => Number(await pa.getByTestId('streak').textContent()) >= 4, { what: 'streak ≥ 4 on home' })
        await shoot(pa, 'home')
        await pa.goto(`${base}/diaries/stats`)
        await pa.locator('.recharts-surface').first().waitFor()
        await shoot(pa, 'diary-stats')
      }, [pa])
    : (skip('write diaries (UI + API + import) to reach 7 non-private', 'login failed'), false)

  const ok3 = ok2
    ? await journey('generate persona, it arrives live without reload', async () => {
        await pa.goto(`${base}/persona`)
        // a marker on window survives client-side routing (history API) but not a reload
        await pa.evaluate(() => { window.__noReloadMarker = 'kept' })
        await pa.getByTestId('generate').click()
        await pa.getByTestId('persona-progress').waitFor({ timeout: T.short })
        await pa.getByTestId('persona-card').waitFor({ timeout: T.job })
        await pa.getByTestId('persona-ready').waitFor()
        if ((await pa.evaluate(() => window.__noReloadMarker)) !== 'kept') {
          throw new Error('the page reloaded while waiting for the persona')
        }
        const p = await api.ok('GET', '/api/v1/personas/me', { token: tokenA })
        personaId = p.id
        if (!p.is_public) {
          await pa.getByRole('switch', { name: '친구에게 공개' }).click()
          await waitFor(async () => (await api.ok('GET', '/api/v1/personas/me', { token: tokenA })).is_public, { what: 'persona public' })
        }
        await shoot(pa, 'persona')
      }, [pa])
    : (skip('generate persona, it arrives live without reload', 'no diaries'), false)

  /** Send a message and assert the reply streams in several visible steps. */
  async function chatAndWatchStream(page, text) {
    await page.getByTestId('ai-disclaimer').waitFor()
    await page.evaluate(() => {
      const w = window
      w.__snapshots = []
      const list = document.querySelector('[data-testid=messages]')
      w.__obs = new MutationObserver(() => {
        const items = list.querySelectorAll(':scope > li')
        const last = items[items.length - 1]
        const typing = !!list.querySelector('[data-testid=typing]')
        w.__snapshots.push({ n: items.length, typing, text: last?.querySelector('p')?.textContent ?? '' })
      })
      w.__obs.observe(list, { childList: true, subtree: true, characterData: true })
    })
    await sleep(500) // history rendered
    const before = await page.getByTestId('messages').locator(':scope > li').count()
    await page.fill('#chat-input', text)
    await page.getByTestId('send').click()
    await waitFor(async () => (await page.getByTestId('messages').locator(':scope > li').count()) >= before + 2 && (await page.locator('#chat-input').inputValue()) === '', { timeout: 60_000, what: 'reply shown' })
    // the send button is disabled while a reply streams and whenever the input is empty: probe with a character
    await waitFor(async () => {
      await page.fill('#chat-input', '.')
      return (await page.getByTestId('send').isDisabled()) === false
    }, { timeout: 60_000, what: 'reply complete' })
    await page.fill('#chat-input', '')
    const snaps = await page.evaluate(() => {
      window.__obs.disconnect()
      return window.__snapshots
    })
    if (!snaps.some((s) => s.typing)) throw new Error('typing indicator never shown')
    const partials = [...new Set(snaps.filter((s) => !s.typing && s.n === before + 2).map((s) => s.text))].filter(Boolean)
    if (partials.length < 3) throw new Error(`reply did not stream in several steps (saw ${partials.length} distinct texts)`)
    // Each intermediate text extends the previous one (chunks are appended, not replaced).
    for (let i = 1; i < partials.length - 1; i++) if (!partials[i].startsWith(partials[i - 1])) throw new Error(`stream text not appended: "${partials[i - 1]}" → "${partials[i]}"`)
    const err = await page.locator('[role=alert]').count()
    if (err > 0) throw new Error(`error shown: ${await page.locator('[role=alert]').first().textContent()}`)
  }

  const ok4 = ok3
    ? await journey('chat with own persona, reply streams in several steps', async () => {
        await pa.getByTestId('chat-own').click()
        await pa.waitForURL(/\/persona\/chat\/\d+$/)
        await chatAndWatchStream(pa, '오늘 한강 산책 어땠는지 기억나?')
        await shoot(pa, 'chat')
      }, [pa])
    : (skip('chat with own persona, reply streams in several steps', 'no persona'), false)

  // second user in a separate browser profile
  const b = await newBrowser('b')
  const pb = b.page
  const ok5 = ok3
    ? await journey('second user befriends the first (badge updates live) and chats with the persona', async () => {
        await registerAndVerifyViaApi(api, B.email, B.username, B.password)
        await pb.goto(`${base}/login`)
        await pb.fill('#email', B.email)
        await pb.fill('#password', B.password)
        await pb.getByRole('button', { name: '로그인', exact: true }).click()
        await pb.getByTestId('greeting').waitFor()

        // A sits on the home page; its badge must change without reload when B's request arrives.
        await pa.goto(`${base}/`)
        await pa.getByTestId('greeting').waitFor()
        await sleep(1500) // let the notification stream connect
        const badgeBefore = Number((await pa.getByTestId('unread-badge').textContent({ timeout: 500 }).catch(() => '0')) || 0)
        let navigations = 0
        const onNav = (f) => f === pa.mainFrame() && navigations++
        pa.on('framenavigated', onNav)

        await pb.goto(`${base}/friends`)
        await pb.fill('#user-search', A.username)
        await pb.getByRole('button', { name: `${A.username}님에게 친구 요청` }).click()
        await pb.getByText('요청 보냄').first().waitFor()

        await waitFor(async () => Number((await pa.getByTestId('unread-badge').textContent({ timeout: 200 }).catch(() => '0')) || 0) > badgeBefore, {
          timeout: 20_000,
          what: 'A’s unread badge to increase live',
        })
        pa.off('framenavigated', onNav)
        if (navigations > 0) throw new Error('A’s page reloaded; the badge must update live')

        await pa.goto(`${base}/notifications`)
        await pa.getByTestId('notification-list').waitFor()
        await shoot(pa, 'notifications')
        await pa.goto(`${base}/friends`)
        await pa.getByTestId('accept').first().click()
        await pa.getByRole('button', { name: `${B.username}님과 친구 끊기` }).waitFor()
        await shoot(pa, 'friends')

        // B: A is now a friend with a public persona → chat
        await pb.goto(`${base}/friends`)
        await pb.getByRole('button', { name: /와 대화하기$/ }).first().click()
        await pb.waitForURL(/\/persona\/chat\/\d+$/)
        await chatAndWatchStream(pb, '안녕! 요즘 어떻게 지내?')
        if (personaId) {
          const chats = await api.ok('GET', '/api/v1/chats', {
            token: (await api.ok('POST', '/api/v1/auth/login', { body: { email: B.email, password: B.password } })).access_token,
          })
          if (!chats.items.some((c) => c.persona_id === personaId && c.is_own_persona === false)) throw new Error('friend chat not found for B')
        }
      }, [pa, pb])
    : (skip('second user befriends the first (badge updates live) and chats with the persona', 'no persona'), false)

  const ok6 = ok2
    ? await journey('mental dashboard radar renders', async () => {
        await waitFor(
          async () => (await api.call('GET', '/api/v1/mental/current', { token: tokenA })).status === 200,
          { timeout: T.job, interval: 1000, what: 'a mental analysis' },
        )
        await pa.goto(`${base}/mental`)
        await pa.getByTestId('radar').locator('.recharts-polar-angle-axis').waitFor()
        const labels = await pa.getByTestId('radar').locator('.recharts-polar-angle-axis-tick').allTextContents()
        for (const l of ['정서 안정성', '활력', '자존감', '긍정성', '사회적 연결', '회복탄력성'])
          if (!labels.some((x) => x.includes(l))) throw new Error(`radar axis ${l} missing (${labels.join(',')})`)
        await pa.locator('.recharts-radar-polygon').first().waitFor()
        await shoot(pa, 'mental')
        await pa.goto(`${base}/mental/reports`)
        await pa.getByRole('tab', { name: '주간' }).waitFor()
        await sleep(500)
        await shoot(pa, 'mental-reports')
        await pa.goto(`${base}/mental/books`)
        await sleep(500)
        await shoot(pa, 'mental-books')
      }, [pa])
    : (skip('mental dashboard radar renders', 'no diaries'), false)

  const ok7 = ok1
    ? await journey('export downloads JSON and Markdown zip', async () => {
        await pa.goto(`${base}/settings`)
        await pa.getByTestId('export-json').waitFor()
        await shoot(pa, 'settings')
        const [dl] = await Promise.all([pa.waitForEvent('download', { timeout: 30_000 }), pa.getByTestId('export-json').click()])
        const jsonPath = await dl.path()
        const doc = JSON.parse(readFileSync(jsonPath, 'utf8'))
        if (!Array.isArray(doc.diaries) || doc.diaries.length < (ok2 ? 8 : 0)) throw new Error(`export has ${doc.diaries?.length} diaries`)
        const [dl2] = await Promise.all([pa.waitForEvent('download', { timeout: 30_000 }), pa.getByTestId('export-md').click()])
        const zip = readFileSync(await dl2.path())
        if (zip.subarray(0, 2).toString() !== 'PK') throw new Error('markdown export is not a zip')
        for (const path of ['/premium', '/quiz', '/privacy']) {
          await pa.goto(`${base}${path}`)
          await sleep(700)
          await shoot(pa, path.slice(1).replace('/', '-'))
        }
      }, [pa])
    : (skip('export downloads JSON and Markdown zip', 'login failed'), false)

  // the ops page as an admin: labelled figures, live charts from the history ring, the live checklist
  const ops = await newBrowser('ops')
  const po = ops.page
  await journey('admin ops page shows labelled live charts', async () => {
    await registerAndVerifyViaApi(api, OPS.email, OPS.username, OPS.password)
    const adminToken = (await api.ok('POST', '/api/v1/auth/login', { body: { email: OPS.email, password: OPS.password } })).access_token
    if (tokenA) {
      const r = await api.call('GET', '/api/v1/admin/ops/history', { token: tokenA })
      if (r.status !== 403) throw new Error(`a normal user got ${r.status} from the ops history`)
    }
    // a few points in the ring (one every 2 s in this run) before the page draws them
    await waitFor(async () => (await api.ok('GET', '/api/v1/admin/ops/history', { token: adminToken })).points.length >= 3,
      { timeout: 30_000, interval: 1000, what: 'three history points' })
    await po.goto(`${base}/login`)
    await po.fill('#email', OPS.email)
    await po.fill('#password', OPS.password)
    await po.getByRole('button', { name: '로그인', exact: true }).click()
    await po.getByTestId('greeting').waitFor()
    await po.goto(`${base}/admin/ops`)
    await po.getByTestId('ops-page').waitFor()
    await po.getByTestId('ops-charts').waitFor()
    for (const key of ['rps', 'p95', 'errorRate', 'pool', 'cacheHit', 'queueDepth', 'queueAge', 'aiCalls', 'aiTokens', 'aiCost']) {
      const chart = po.getByTestId(`ops-chart-${key}`)
      await chart.waitFor()
      // a drawn line, not an empty frame
      await waitFor(async () => (await chart.locator('path.recharts-curve').count()) > 0, { what: `a line in chart ${key}` })
    }
    const text = await po.getByTestId('ops-page').innerText()
    for (const label of ['일간 활성 사용자', '초당 요청', '응답 시간 p95', 'DB 커넥션 풀', '캐시 적중률', '작업 큐 길이', 'AI 비용 (구간당)', 'AI 엔드포인트 속도 제한']) {
      if (!text.includes(label)) throw new Error(`ops page lacks "${label}"`)
    }
    if (/Db Pool|Caches\.|Ai\.Today|db_pool|tokens_in/.test(text)) throw new Error('raw JSON keys on the ops page')
    // this run starts the jar with --dearme.rate-limit.enabled=false: the item must say so, not claim a limit
    const aiLimit = po.locator('[data-testid=ops-checklist] li[data-key=ai_rate_limit]')
    if ((await aiLimit.getAttribute('data-state')) !== 'off' || !(await aiLimit.innerText()).includes('dearme.rate-limit.enabled=false'))
      throw new Error(`AI rate-limit item: ${await aiLimit.innerText()}`)
    if (!/cache: [0-9.]+ hits\/min/.test(text) && !/cache: no samples yet/.test(text)) throw new Error('the cache item cites no measurement')
    const states = await po.locator('[data-testid=ops-checklist] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))
    if (states.length < 10 || states.some((x) => !['on', 'off', 'unknown'].includes(x))) throw new Error(`checklist states ${states}`)
    await shoot(po, 'admin-ops')
  }, [po])

  await journey('logout clears the session', async () => {
    if (!ok1) throw new Error('not logged in')
    await pa.goto(`${base}/`)
    await pa.getByTestId('greeting').waitFor()
    const rt = (await a.ctx.cookies(`${base}/api/v1/auth/refresh`)).find((c) => c.name === 'dearme_refresh')?.value
    if (!rt) throw new Error('no refresh cookie')
    await pa.getByRole('button', { name: '내 계정 메뉴' }).click()
    await pa.getByRole('menuitem', { name: '로그아웃' }).click()
    await pa.waitForURL(/\/login$/)
    if ((await a.ctx.cookies(`${base}/api/v1/auth/refresh`)).some((c) => c.name === 'dearme_refresh' && c.value)) throw new Error('refresh cookie left after logout')
    await pa.reload()
    await pa.waitForURL(/\/login$/)
    const r = await api.call('POST', '/api/v1/auth/refresh', { body: { refresh_token: rt } })
    if (r.status !== 401) throw new Error(`revoked refresh token gave ${r.status}`)
    const errors = [...a.consoleErrors, ...b.consoleErrors].filter((e) => !/status of (401|404|403|409|422)/.test(e))
    if (errors.length) console.log(`    (console errors seen: ${errors.slice(0, 5).join(' | ')})`)
  }, [pa])
  void ok4, void ok5, void ok6, void ok7

  await cleanup()
  finish()
}

main().catch(async (e) => {
  console.error(e)
  results.push({ name: 'runner', ok: false })
  await cleanup()
  finish(1)
})
