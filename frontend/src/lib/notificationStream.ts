import { create } from 'zustand'
import type { QueryClient } from '@tanstack/react-query'
import { api } from './api'
import { readSseJson } from './sse'
import type { AppNotification } from './types'

export type StreamEvent =
  | { type: 'notification'; notification: AppNotification }
  | { type: 'unread_count'; count: number }
  | { type: string; [k: string]: unknown }

interface LiveState {
  unread: number | null
  connected: boolean
  /** Latest persona job outcome seen on the stream (drives the live generation progress). */
  personaEvent: { type: 'persona_ready' | 'persona_failed' | 'persona_upgraded'; at: number; notification: AppNotification } | null
  /** A persona job this tab started and is waiting on (generate / regenerate / upgrade). */
  personaJob: { id: number | null; requestedAt: number; kind: string } | null
  setUnread: (n: number) => void
  setConnected: (c: boolean) => void
}

export const useLive = create<LiveState>((set) => ({
  unread: null,
  connected: false,
  personaEvent: null,
  personaJob: null,
  setUnread: (unread) => set({ unread: Math.max(0, unread) }),
  setConnected: (connected) => set({ connected }),
}))

const PERSONA_TYPES = new Set(['persona_ready', 'persona_failed', 'persona_upgraded'])

/** Apply one stream event to app state: badge count, query invalidation, persona job outcome. */
export function handleStreamEvent(ev: StreamEvent, qc: QueryClient) {
  if (ev.type === 'unread_count' && typeof ev.count === 'number') {
    useLive.getState().setUnread(ev.count)
    return
  }
  if (ev.type !== 'notification' || !ev.notification) return
  const n = ev.notification as AppNotification
  qc.invalidateQueries({ queryKey: ['notifications'] })
  if (!n.is_read) useLive.setState((s) => ({ unread: (s.unread ?? 0) + 1 }))
  if (PERSONA_TYPES.has(n.type) || n.type.startsWith('persona_')) {
    qc.invalidateQueries({ queryKey: ['persona'] })
    if (PERSONA_TYPES.has(n.type)) {
      useLive.setState({ personaEvent: { type: n.type as 'persona_ready', at: Date.now(), notification: n } })
    }
  }
  if (n.type.startsWith('friend_')) qc.invalidateQueries({ queryKey: ['friends'] })
  if (n.type === 'report_ready') qc.invalidateQueries({ queryKey: ['mental'] })
  if (n.type.startsWith('milestone_')) qc.invalidateQueries({ queryKey: ['diaries'] })
}

/**
 * One app-wide connection to the notification stream via fetch streaming (the token goes in the
 * Authorization header, never in the URL). Reconnects with exponential backoff (1 s → 30 s) plus
 * jitter; the backoff resets once a connection has been open for a while.
 */
export function startNotificationStream(qc: QueryClient): () => void {
  let stopped = false
  let controller: AbortController | null = null
  let attempt = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  const schedule = () => {
    if (stopped) return
    const base = Math.min(30_000, 1000 * 2 ** attempt)
    attempt++
    timer = setTimeout(connect, base / 2 + Math.random() * (base / 2))
  }

  async function connect() {
    if (stopped) return
    controller = new AbortController()
    const openedAt = Date.now()
    try {
      const res = await api.fetchAuthed('/notifications/stream', {
        headers: { Accept: 'text/event-stream' },
        signal: controller.signal,
        cache: 'no-store',
      })
      if (res.status === 401 || res.status === 403) return // logged out; the app unmounts us
      if (!res.ok || !res.body) throw new Error(`stream ${res.status}`)
      useLive.getState().setConnected(true)
      // Fetch the count once per (re)connect so the badge is right even if the server doesn't push it.
      api
        .request<{ unread_count: number }>('/notifications/unread-count')
        .then((r) => useLive.getState().setUnread(r.unread_count))
        .catch(() => {})
      await readSseJson<StreamEvent>(res.body, (ev) => handleStreamEvent(ev, qc), controller.signal)
    } catch {
      /* fall through to reconnect */
    } finally {
      useLive.getState().setConnected(false)
    }
    if (Date.now() - openedAt > 60_000) attempt = 0
    schedule()
  }

  connect()
  return () => {
    stopped = true
    clearTimeout(timer)
    controller?.abort()
  }
}
