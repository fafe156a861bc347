import { describe, expect, it, vi } from 'vitest'
import { ApiError, createApiClient, type TokenStore } from './api'
import type { TokenPair } from './authStore'

/** The access token in memory; the refresh token is the browser's HttpOnly cookie, invisible here. */
function memoryTokens(access: string | null) {
  const s = { access, cleared: 0 }
  const store: TokenStore = {
    getAccess: () => s.access,
    setTokens: (t: TokenPair) => {
      s.access = t.access_token
    },
    clear: () => {
      s.access = null
      s.cleared++
    },
  }
  return { s, store }
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } })

const authOf = (init?: RequestInit) => new Headers(init?.headers).get('Authorization')

describe('api client', () => {
  it('sends the access token and returns the parsed body', async () => {
    const { store } = memoryTokens('A1')
    const fetch = vi.fn(async (_u: RequestInfo | URL, init?: RequestInit) => {
      expect(authOf(init)).toBe('Bearer A1')
      return json(200, { id: 1 })
    })
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store })
    expect(await api.request('/users/me')).toEqual({ id: 1 })
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/users/me')
  })

  it('on 401 refreshes once through the cookie, keeps the new access token and retries with it', async () => {
    const { s, store } = memoryTokens('old')
    const calls: string[] = []
    const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${url} ${authOf(init) ?? ''}`)
      if (String(url).endsWith('/auth/refresh')) {
        // no token in the body: the HttpOnly cookie goes along on this same-origin request
        expect(JSON.parse(String(init?.body))).toEqual({})
        expect(init?.credentials).toBe('same-origin')
        return json(200, { access_token: 'new', refresh_token: null, token_type: 'bearer', expires_in: 900 })
      }
      return authOf(init) === 'Bearer new' ? json(200, { ok: true }) : json(401, { detail: 'expired' }, 'application/problem+json')
    })
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store })
    expect(await api.request('/diaries')).toEqual({ ok: true })
    expect(calls).toEqual(['GET /api/v1/diaries Bearer old', 'POST /api/v1/auth/refresh ', 'GET /api/v1/diaries Bearer new'])
    expect(s.access).toBe('new')
  })

  it('tries the refresh cookie even with no access token in memory (a reload)', async () => {
    const { s, store } = memoryTokens(null)
    const fetch = vi.fn(async () => json(200, { access_token: 'fresh', refresh_token: null }))
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store })
    expect(await api.refresh()).toBe(true)
    expect(s.access).toBe('fresh')
    expect(JSON.stringify(s)).not.toContain('refresh')
  })

  it('a rejected refresh does not log out a login that completed while it was in flight', async () => {
    const { s, store } = memoryTokens(null)
    let release: (r: Response) => void = () => {}
    const fetch = vi.fn(() => new Promise<Response>((r) => (release = r)))
    const onLogout = vi.fn()
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store, onLogout })
    const pending = api.refresh()
    store.setTokens({ access_token: 'from-verify' })
    release(json(401, { detail: 'no cookie' }))
    expect(await pending).toBe(false)
    expect(s.access).toBe('from-verify')
    expect(onLogout).not.toHaveBeenCalled()
  })

  it('shares one refresh between concurrent 401s', async () => {
    const { store } = memoryTokens('old')
    let refreshes = 0
    const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      if (String(url).endsWith('/auth/refresh')) {
        refreshes++
        await new Promise((r) => setTimeout(r, 5))
        return json(200, { access_token: 'new', refresh_token: null })
      }
      return authOf(init) === 'Bearer new' ? json(200, { ok: 1 }) : json(401, {})
    })
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store })
    await Promise.all([api.request('/a'), api.request('/b'), api.request('/c')])
    expect(refreshes).toBe(1)
  })

  it('logs out when the refresh token is rejected, and surfaces the 401', async () => {
    const { s, store } = memoryTokens('old')
    const onLogout = vi.fn()
    const fetch = vi.fn(async (url: RequestInfo | URL) =>
      String(url).endsWith('/auth/refresh') ? json(401, { detail: 'session revoked' }) : json(401, { detail: '로그인이 필요해요' }),
    )
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store, onLogout })
    const err = (await api.request('/diaries').catch((e) => e)) as ApiError
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(401)
    expect(err.detail).toBe('로그인이 필요해요')
    expect(s.access).toBeNull()
    expect(s.cleared).toBeGreaterThan(0)
    expect(onLogout).toHaveBeenCalled()
    expect(fetch).toHaveBeenCalledTimes(2) // original + refresh, no retry loop
  })

  it('logs out when the retried request is still 401 after a successful refresh', async () => {
    const { s, store } = memoryTokens('old')
    const fetch = vi.fn(async (url: RequestInfo | URL) =>
      String(url).endsWith('/auth/refresh') ? json(200, { access_token: 'new', refresh_token: null }) : json(401, {}),
    )
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store })
    await expect(api.request('/x')).rejects.toMatchObject({ status: 401 })
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(s.access).toBeNull()
  })

  it('does not touch tokens on non-401 errors and exposes problem details and field errors', async () => {
    const { s, store } = memoryTokens('A')
    const fetch = vi.fn(async () =>
      json(400, { type: 'about:blank', title: 'Bad Request', status: 400, detail: '입력값을 확인해 주세요', errors: [{ field: 'title', message: '제목을 입력해 주세요' }] }, 'application/problem+json'),
    )
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store })
    const err = (await api.request('/diaries', { method: 'POST', body: {} }).catch((e) => e)) as ApiError
    expect(err.detail).toBe('입력값을 확인해 주세요')
    expect(err.fieldError('title')).toBe('제목을 입력해 주세요')
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(s.access).toBe('A')
  })

  it('never sends a token on anonymous requests and never refreshes for them', async () => {
    const { store } = memoryTokens('A')
    const fetch = vi.fn(async (_u: RequestInfo | URL, init?: RequestInit) => {
      expect(authOf(init)).toBeNull()
      return json(401, { detail: '이메일 또는 비밀번호가 올바르지 않아요' })
    })
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store })
    await expect(api.request('/auth/login', { method: 'POST', body: {}, anonymous: true })).rejects.toMatchObject({ status: 401 })
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('puts query parameters in the URL but skips empty ones', async () => {
    const { store } = memoryTokens('A')
    const fetch = vi.fn(async (_u: RequestInfo | URL, _i?: RequestInit) => json(200, {}))
    const api = createApiClient({ fetch: fetch as typeof globalThis.fetch, tokens: store })
    await api.request('/diaries', { query: { page: 2, mood: '', q: '여행' } })
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/diaries?page=2&q=%EC%97%AC%ED%96%89')
  })
})
