import { describe, expect, it } from 'vitest'
import { ApiError } from './api'
import { BUSY_RETRIES, streamChatMessage, type ChatEvent } from './chatStream'

const busy = () =>
  new Response(JSON.stringify({ type: 'https://dearme.app/problems/chat-busy', status: 503, detail: '지금 대화 요청이 많아요.' }), {
    status: 503,
    headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '2' },
  })

const stream = () =>
  new Response('data: {"type":"chunk","content":"안녕"}\n\ndata: {"type":"done","message":{"id":2}}\n\n', {
    status: 200,
    headers: { 'Content-Type': 'text/event-stream' },
  })

function fakeServer(responses: (() => Response)[]) {
  const calls: RequestInit[] = []
  const sleeps: number[] = []
  return {
    calls,
    sleeps,
    fetchAuthed: async (_path: string, init?: RequestInit) => {
      calls.push(init ?? {})
      return responses[Math.min(calls.length - 1, responses.length - 1)]()
    },
    sleep: async (ms: number) => {
      sleeps.push(ms)
    },
  }
}

describe('streamChatMessage', () => {
  it('retries a chat-busy 503 after Retry-After with the same idempotency key, then streams', async () => {
    const server = fakeServer([busy, stream])
    const events: ChatEvent[] = []
    await streamChatMessage(7, '안녕', (e) => events.push(e), { idempotencyKey: 'k-1', ...server })
    expect(server.calls).toHaveLength(2)
    expect(server.sleeps).toEqual([2000])
    const keys = server.calls.map((c) => (c.headers as Record<string, string>)['Idempotency-Key'])
    expect(keys).toEqual(['k-1', 'k-1'])
    expect(events.map((e) => e.type)).toEqual(['chunk', 'done'])
  })

  it('gives up after the allowed retries and surfaces the Korean problem detail', async () => {
    const server = fakeServer([busy])
    const err = await streamChatMessage(7, '안녕', () => {}, server).catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).status).toBe(503)
    expect((err as ApiError).message).toContain('대화 요청이 많아요')
    expect(server.calls).toHaveLength(BUSY_RETRIES + 1)
  })

  it('does not retry other errors', async () => {
    const limit = () =>
      new Response(JSON.stringify({ type: 'https://dearme.app/problems/usage-limit', status: 429, detail: '오늘 대화를 모두 썼어요.' }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '3600' },
      })
    const server = fakeServer([limit, stream])
    const err = await streamChatMessage(7, '안녕', () => {}, server).catch((e) => e)
    expect((err as ApiError).status).toBe(429)
    expect(server.calls).toHaveLength(1)
  })
})
