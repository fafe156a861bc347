import { api, toApiError } from './api'
import { readSseJson } from './sse'
import type { Message } from './types'

export type ChatEvent =
  | { type: 'user_message'; message: Message }
  | { type: 'chunk'; content: string }
  | { type: 'done'; message: Message }
  | { type: 'error'; detail: string }
  | { type: 'safety'; [k: string]: unknown }

/**
 * POST a chat message and stream the reply (SPEC §7). Uses fetch + ReadableStream so the access
 * token travels in the Authorization header. Errors before the stream starts are problem+json and
 * are thrown as ApiError.
 */
export async function streamChatMessage(
  chatId: number | string,
  content: string,
  onEvent: (e: ChatEvent) => void,
  opts: { signal?: AbortSignal; idempotencyKey?: string } = {},
): Promise<void> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'text/event-stream' }
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey
  const res = await api.fetchAuthed(`/chats/${chatId}/messages/stream`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ content }),
    signal: opts.signal,
  })
  if (!res.ok) throw await toApiError(res)
  if (!res.body) throw new Error('no body')
  await readSseJson<ChatEvent>(res.body, onEvent, opts.signal)
}
