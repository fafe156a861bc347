// Minimal, spec-conformant parser for `text/event-stream` (WHATWG HTML §9.2): handles chunks split
// anywhere (even inside a line or a CRLF), multi-line `data:` fields, and comment lines (heartbeats).

export interface SseEvent {
  event: string
  data: string
  id?: string
}

export class SseParser {
  private buffer = ''
  private data: string[] = []
  private eventName = ''
  private lastId: string | undefined
  private pendingCR = false

  /** Feed decoded text; returns the events completed by it. */
  feed(text: string): SseEvent[] {
    const out: SseEvent[] = []
    let s = text
    if (this.pendingCR) {
      this.pendingCR = false
      if (s.startsWith('\n')) s = s.slice(1)
    }
    this.buffer += s
    let start = 0
    for (let i = 0; i < this.buffer.length; i++) {
      const ch = this.buffer[i]
      if (ch !== '\n' && ch !== '\r') continue
      const line = this.buffer.slice(start, i)
      if (ch === '\r') {
        if (i + 1 === this.buffer.length) this.pendingCR = true
        else if (this.buffer[i + 1] === '\n') i++
      }
      start = i + 1
      this.line(line, out)
    }
    this.buffer = this.buffer.slice(start)
    return out
  }

  private line(line: string, out: SseEvent[]) {
    if (line === '') {
      if (this.data.length > 0) {
        out.push({ event: this.eventName || 'message', data: this.data.join('\n'), id: this.lastId })
      }
      this.data = []
      this.eventName = ''
      return
    }
    if (line.startsWith(':')) return // comment / heartbeat
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'data') this.data.push(value)
    else if (field === 'event') this.eventName = value
    else if (field === 'id') this.lastId = value
  }
}

/** Parse each event's data as JSON; non-JSON data is skipped. */
export function parseJsonEvents<T = unknown>(events: SseEvent[]): T[] {
  const out: T[] = []
  for (const e of events) {
    try {
      out.push(JSON.parse(e.data) as T)
    } catch {
      /* ignore non-JSON payloads */
    }
  }
  return out
}

/** Read a streaming fetch Response body and call `onEvent` with every JSON `data:` payload. */
export async function readSseJson<T = unknown>(
  body: ReadableStream<Uint8Array>,
  onEvent: (e: T) => void,
  signal?: AbortSignal,
): Promise<void> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  const parser = new SseParser()
  const abort = () => reader.cancel().catch(() => {})
  signal?.addEventListener('abort', abort)
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      for (const e of parseJsonEvents<T>(parser.feed(decoder.decode(value, { stream: true })))) onEvent(e)
    }
    const tail = decoder.decode()
    for (const e of parseJsonEvents<T>(parser.feed(tail + '\n\n'))) onEvent(e)
  } finally {
    signal?.removeEventListener('abort', abort)
  }
}
