#!/usr/bin/env node
// Screenshots of every main page at 390×844 and 1280×800 against the canned mock backend, to look at
// the layout without the real API. Output: e2e/screenshots/mock-*.png
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startMockBackend } from './mock-backend.mjs'
import { startStaticServer } from './serve.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const DIST = resolve(HERE, '..', 'dist')
const OUT = join(HERE, 'screenshots')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  process.exit(1)
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ missing: run npm run build first')
  process.exit(1)
}
mkdirSync(OUT, { recursive: true })
const mock = await startMockBackend()
const web = await startStaticServer({ distDir: DIST, backend: mock.url })
const dir = mkdtempSync(join(tmpdir(), 'dearme-shots-'))
const ctx = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = ctx.pages()[0] ?? (await ctx.newPage())
const errors = []
page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`))
page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`))
const only = process.argv.slice(2)
const pages = ['/login', '/register', '/', '/diaries', '/diaries/new', '/diaries/100', '/diaries/stats', '/persona', '/persona/chat/5', '/friends', '/notifications', '/mental', '/mental/books', '/mental/reports', '/premium', '/quiz', '/settings', '/admin/ops', '/privacy']
try {
  for (const p of pages.filter((x) => !only.length || only.includes(x))) {
    const name = p === '/' ? 'home' : p.slice(1).replace(/\//g, '-')
    for (const [kind, vp] of [['mobile', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
      await page.setViewportSize(vp)
      // logged in = the refresh cookie is present (the mock refreshes only with it)
      await ctx.clearCookies()
      if (p !== '/login' && p !== '/register') {
        await ctx.addCookies([{ name: 'dearme_refresh', value: 'mock-r', url: web.url + '/api/v1/auth' }])
      }
      await page.goto(web.url + p)
      await page.waitForTimeout(1800)
      await page.screenshot({ path: join(OUT, `mock-${name}-${kind}.png`), fullPage: true })
    }
  }
} finally {
  await ctx.close()
  rmSync(dir, { recursive: true, force: true })
  web.server.close()
  mock.server.close()
}
console.log(errors.length ? `console errors:\n${errors.join('\n')}` : 'no console errors')
console.log(`screenshots in ${OUT}`)
