import { useAuth, type TokenPair } from './authStore'

export const API_BASE = '/api/v1'

export interface FieldError {
  field: string
  message: string
}

/** An RFC 9457 problem (or a network failure, status 0) turned into an Error. */
export class ApiError extends Error {
  status: number
  type?: string
  title?: string
  detail?: string
  errors: FieldError[]
  retryAfter?: number

  constructor(status: number, body: Record<string, unknown> | null, retryAfter?: number) {
    const detail = (body?.detail as string) || (body?.title as string) || undefined
    super(detail || `HTTP ${status}`)
    this.status = status
    this.type = body?.type as string | undefined
    this.title = body?.title as string | undefined
    this.detail = detail
    this.errors = Array.isArray(body?.errors) ? (body!.errors as FieldError[]) : []
    this.retryAfter = retryAfter
  }

  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message
  }
}

export async function toApiError(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> | null = null
  try {
    const text = await res.text()
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  const ra = res.headers.get('Retry-After')
  return new ApiError(res.status, body, ra ? Number(ra) : undefined)
}

/** Holds the access token only; the refresh token is an HttpOnly cookie the browser sends to /auth/refresh. */
export interface TokenStore {
  getAccess(): string | null
  setTokens(t: TokenPair): void
  clear(): void
}

export interface RequestOptions {
  method?: string
  body?: unknown
  query?: Record<string, string | number | boolean | null | undefined>
  headers?: Record<string, string>
  /** Send without Authorization and never refresh (public endpoints). */
  anonymous?: boolean
  signal?: AbortSignal
}

export interface ApiClient {
  request<T = unknown>(path: string, opts?: RequestOptions): Promise<T>
  /** Raw authorized fetch with the same refresh-once-on-401 rule; returns the Response (ok or not). */
  fetchAuthed(path: string, init?: RequestInit): Promise<Response>
  refresh(): Promise<boolean>
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const url = path.startsWith('/api/') || path.startsWith('http') ? path : API_BASE + path
  if (!query) return url
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v))
  }
  const s = qs.toString()
  return s ? `${url}?${s}` : url
}

export function createApiClient(deps: {
  fetch: typeof fetch
  tokens: TokenStore
  language?: () => string
  onLogout?: () => void
}): ApiClient {
  let refreshing: Promise<boolean> | null = null

  /**
   * One refresh in flight at a time; concurrent 401s share it. The refresh token travels only in the HttpOnly
   * cookie (same origin), never in the body, and the answer carries only the new access token.
   */
  function refresh(): Promise<boolean> {
    if (refreshing) return refreshing
    const before = deps.tokens.getAccess()
    refreshing = (async () => {
      try {
        const res = await deps.fetch(API_BASE + '/auth/refresh', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: '{}',
        })
        if (!res.ok) {
          // Only a definitive rejection logs out; a network/5xx failure keeps the cookie for a later try.
          // A login that finished meanwhile (e.g. the start-up refresh racing the e-mail verification) stays.
          if ((res.status === 400 || res.status === 401 || res.status === 403) && deps.tokens.getAccess() === before) {
            deps.tokens.clear()
            deps.onLogout?.()
          }
          return false
        }
        deps.tokens.setTokens((await res.json()) as TokenPair)
        return true
      } catch {
        return false
      } finally {
        refreshing = null
      }
    })()
    return refreshing
  }

  function withAuth(init: RequestInit | undefined): RequestInit {
    const headers = new Headers(init?.headers)
    const at = deps.tokens.getAccess()
    if (at) headers.set('Authorization', `Bearer ${at}`)
    if (deps.language && !headers.has('Accept-Language')) headers.set('Accept-Language', deps.language())
    return { ...init, headers }
  }

  async function fetchAuthed(path: string, init?: RequestInit): Promise<Response> {
    const url = buildUrl(path)
    const hadToken = !!deps.tokens.getAccess()
    let res = await deps.fetch(url, withAuth(init))
    if (res.status === 401) {
      // Access token expired or revoked: refresh once, then retry once. A second 401 logs out.
      const ok = await refresh()
      if (ok) {
        res = await deps.fetch(url, withAuth(init))
        if (res.status === 401) {
          deps.tokens.clear()
          deps.onLogout?.()
        }
      } else if (hadToken) {
        deps.tokens.clear()
        deps.onLogout?.()
      }
    }
    return res
  }

  async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers }
    let body: BodyInit | undefined
    if (opts.body instanceof FormData) body = opts.body
    else if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(opts.body)
    }
    const init: RequestInit = { method: opts.method ?? (body ? 'POST' : 'GET'), headers, body, signal: opts.signal }
    const url = buildUrl(path, opts.query)
    let res: Response
    try {
      if (opts.anonymous) {
        if (deps.language) headers['Accept-Language'] = deps.language()
        res = await deps.fetch(url, init)
      } else {
        res = await fetchAuthed(url, init)
      }
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e
      throw new ApiError(0, { detail: 'network' })
    }
    if (!res.ok) throw await toApiError(res)
    if (res.status === 204) return undefined as T
    const text = await res.text()
    return (text ? JSON.parse(text) : undefined) as T
  }

  return { request, fetchAuthed, refresh }
}

const zustandTokens: TokenStore = {
  getAccess: () => useAuth.getState().accessToken,
  setTokens: (t) => useAuth.getState().setTokens(t),
  clear: () => useAuth.getState().clear(),
}

let currentLanguage = () => 'ko'
export function setLanguageProvider(fn: () => string) {
  currentLanguage = fn
}

export const api = createApiClient({
  fetch: (...args) => fetch(...args),
  tokens: zustandTokens,
  language: () => currentLanguage(),
})

export const get = <T>(path: string, query?: RequestOptions['query']) => api.request<T>(path, { query })
export const post = <T>(path: string, body?: unknown, opts?: RequestOptions) =>
  api.request<T>(path, { method: 'POST', body: body ?? {}, ...opts })
export const put = <T>(path: string, body: unknown) => api.request<T>(path, { method: 'PUT', body })
export const patch = <T>(path: string, body: unknown) => api.request<T>(path, { method: 'PATCH', body })
export const del = <T = void>(path: string, body?: unknown) => api.request<T>(path, { method: 'DELETE', body })

/** Start-up: the refresh cookie (if any) buys a fresh access token, so a reload stays logged in. */
export async function bootstrapAuth(): Promise<void> {
  const ok = await api.refresh()
  // No cookie, a revoked session or a network failure: the UI shows login (the cookie, if any, stays).
  if (!ok && useAuth.getState().status !== 'authed') useAuth.getState().setStatus('anon')
}

export async function logout(): Promise<void> {
  try {
    if (useAuth.getState().accessToken) {
      // revokes the session and clears the refresh cookie
      await api.request('/auth/logout', { method: 'POST', body: {} })
    }
  } catch {
    /* logging out locally regardless */
  } finally {
    useAuth.getState().clear()
  }
}
