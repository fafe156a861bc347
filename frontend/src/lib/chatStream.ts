import { api, toApiError } from './api'
import { readSseJson } from './sse'
import type { Message } from './types'

export type ChatEvent =
  | { type: 'user_message'; message: Message }
  | { type: 'chunk'; content: string }
  | { type: 'done'; message: Message }
  | { type: 'error'; detail: string }
  | { type: 'safety'; [k: string]: unknown }

export interface StreamOptions {
  signal?: AbortSignal
  idempotencyKey?: string
  /** For tests: the authenticated fetch and the wait between retries. */
  fetchAuthed?: (path: string, init?: RequestInit) => Promise<Response>
  sleep?: (ms: number) => Promise<void>
}

/** How often a send refused with 503 chat-busy (the server's admission gate is full) is retried. */
export const BUSY_RETRIES = 2

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * POST a chat message and stream the reply (SPEC §7). Uses fetch + ReadableStream so the access
 * token travels in the Authorization header. Errors before the stream starts are problem+json and
 * are thrown as ApiError. A 503 `chat-busy` (too many turns starting on the server) is retried after
 * its Retry-After (at most 5 s), twice, with the same Idempotency-Key, so nothing is sent twice.
 */
export async function streamChatMessage(
  chatId: number | string,
  content: string,
  onEvent: (e: ChatEvent) => void,
  opts: StreamOptions = {},
): Promise<void> {
  const fetchAuthed = opts.fetchAuthed ?? api.fetchAuthed
  const sleep = opts.sleep ?? wait
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'text/event-stream' }
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey
  for (let attempt = 0; ; attempt++) {
    const res = await fetchAuthed(`/chats/${chatId}/messages/stream`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ content }),
      signal: opts.signal,
    })
    if (!res.ok) {
      const err = await toApiError(res)
      const busy = err.status === 503 && (err.type ?? '').endsWith('/chat-busy')
      if (busy && attempt < BUSY_RETRIES && !opts.signal?.aborted) {
        await sleep(Math.min(err.retryAfter ?? 2, 5) * 1000)
        continue
      }
      throw err
    }
    if (!res.body) throw new Error('no body')
    await readSseJson<ChatEvent>(res.body, onEvent, opts.signal)
    return
  }
}
