import { describe, expect, it } from 'vitest'
import { SseParser, parseJsonEvents, readSseJson } from './sse'

describe('SseParser', () => {
  it('parses a single complete event', () => {
    const p = new SseParser()
    expect(p.feed('data: {"type":"chunk","content":"안녕"}\n\n')).toEqual([
      { event: 'message', data: '{"type":"chunk","content":"안녕"}', id: undefined },
    ])
  })

  it('joins an event split across arbitrary reads, including inside the field name and JSON', () => {
    const p = new SseParser()
    const wire = 'data: {"type":"chunk","content":"오늘"}\n\ndata: {"type":"done"}\n\n'
    const events = []
    for (let i = 0; i < wire.length; i += 3) events.push(...p.feed(wire.slice(i, i + 3)))
    expect(parseJsonEvents(events)).toEqual([{ type: 'chunk', content: '오늘' }, { type: 'done' }])
  })

  it('handles CRLF line endings even when \\r and \\n arrive in different reads', () => {
    const p = new SseParser()
    const a = p.feed('data: one\r')
    const b = p.feed('\n\r')
    const c = p.feed('\n')
    expect([...a, ...b, ...c].map((e) => e.data)).toEqual(['one'])
  })

  it('joins multi-line data fields with a newline', () => {
    const p = new SseParser()
    expect(p.feed('data: line one\ndata: line two\n\n')[0].data).toBe('line one\nline two')
  })

  it('ignores comment lines (heartbeats) and emits nothing for a comment-only block', () => {
    const p = new SseParser()
    expect(p.feed(': heartbeat\n\n')).toEqual([])
    expect(p.feed(':ping\ndata: x\n: mid comment\n\n')).toEqual([{ event: 'message', data: 'x', id: undefined }])
  })

  it('keeps event name and id fields, and strips only one leading space', () => {
    const p = new SseParser()
    expect(p.feed('event: notice\nid: 7\ndata:  two spaces\n\n')).toEqual([{ event: 'notice', data: ' two spaces', id: '7' }])
  })

  it('does not emit an event before its terminating blank line', () => {
    const p = new SseParser()
    expect(p.feed('data: partial\n')).toEqual([])
    expect(p.feed('\n')).toHaveLength(1)
  })
})

describe('readSseJson', () => {
  it('reads a byte stream whose chunks split a multi-byte Korean character', async () => {
    const bytes = new TextEncoder().encode(': hb\n\ndata: {"type":"chunk","content":"한글"}\n\ndata: not json\n\ndata: {"type":"done"}\n\n')
    const cut = bytes.indexOf(0xed) + 1 // inside the 3-byte sequence of 한
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, cut))
        c.enqueue(bytes.slice(cut, cut + 5))
        c.enqueue(bytes.slice(cut + 5))
        c.close()
      },
    })
    const seen: unknown[] = []
    await readSseJson(body, (e) => seen.push(e))
    expect(seen).toEqual([{ type: 'chunk', content: '한글' }, { type: 'done' }])
  })
})
