import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { Link, useParams } from 'react-router'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { CrisisResources } from '../../components/CrisisResources'
import { ErrorState, FormError, Loading } from '../../components/ui'
import { ApiError, get } from '../../lib/api'
import { streamChatMessage } from '../../lib/chatStream'
import { formatDateTime } from '../../lib/dates'
import { newIdempotencyKey } from '../../lib/queries'
import type { Chat, ChatMessages, Message } from '../../lib/types'

type ChatDetail = Chat & { messages?: Message[]; chat?: Chat }

const MAX_LEN = 2000

function Bubble({ m, personaName }: { m: Pick<Message, 'role' | 'content' | 'created_at'>; personaName: string }) {
  const { i18n } = useTranslation()
  const mine = m.role === 'user'
  return (
    <li className={`flex ${mine ? 'justify-end' : 'justify-start'} gap-2`}>
      {!mine && <span className="mt-1 flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm" aria-hidden>🪞</span>}
      <div className={`max-w-[80%] ${mine ? 'items-end' : 'items-start'} flex flex-col`}>
        {!mine && <span className="mb-0.5 text-xs text-ink-500">{personaName}</span>}
        <p className={`rounded-2xl px-4 py-2.5 text-[15px] leading-relaxed whitespace-pre-wrap break-words ${mine ? 'rounded-br-md bg-brand-500 text-white' : 'rounded-bl-md bg-white ring-1 ring-black/5'}`}>
          {m.content}
        </p>
        {m.created_at && <time className="mt-0.5 text-[10px] text-ink-500">{formatDateTime(m.created_at, i18n.language)}</time>}
      </div>
    </li>
  )
}

export default function ChatPage() {
  const { id } = useParams()
  const { t } = useTranslation()
  const qc = useQueryClient()
  const detail = useQuery({ queryKey: ['chats', id], queryFn: () => get<ChatDetail>(`/chats/${id}`) })
  const [messages, setMessages] = useState<Message[]>([])
  const [hasOlder, setHasOlder] = useState(false)
  const [loadingOlder, setLoadingOlder] = useState(false)
  const [input, setInput] = useState('')
  const [streaming, setStreaming] = useState<string | null>(null) // reply text so far; '' = waiting
  const [safety, setSafety] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const abortRef = useRef<AbortController | null>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const stickToBottom = useRef(true)

  useEffect(() => {
    if (!detail.data) return
    const msgs = detail.data.messages ?? []
    setMessages(msgs)
    setHasOlder(msgs.length >= 50)
  }, [detail.data])
  useEffect(() => () => abortRef.current?.abort(), [])

  useLayoutEffect(() => {
    const el = listRef.current
    if (el && stickToBottom.current) el.scrollTop = el.scrollHeight
  }, [messages, streaming])

  const chat: Chat | undefined = detail.data?.chat ?? detail.data
  const personaName = chat?.persona_name ?? ''

  async function loadOlder() {
    if (!messages.length) return
    setLoadingOlder(true)
    const el = listRef.current
    const prevHeight = el?.scrollHeight ?? 0
    try {
      const r = await get<ChatMessages>(`/chats/${id}/messages`, { limit: 50, before: messages[0].id })
      const older = r.items
      stickToBottom.current = false
      setMessages((m) => [...older, ...m])
      setHasOlder(r.has_more)
      requestAnimationFrame(() => {
        if (el) el.scrollTop = el.scrollHeight - prevHeight
      })
    } catch (e) {
      setError(e)
    } finally {
      setLoadingOlder(false)
    }
  }

  async function send(e?: FormEvent) {
    e?.preventDefault()
    const content = input.trim()
    if (!content || streaming !== null || content.length > MAX_LEN) return
    setError(null)
    setInput('')
    stickToBottom.current = true
    const tempId = -Date.now()
    setMessages((m) => [...m, { id: tempId, chat_id: Number(id), role: 'user', content, created_at: new Date().toISOString() }])
    setStreaming('')
    const ctrl = new AbortController()
    abortRef.current = ctrl
    let finished = false
    let acc = ''
    try {
      await streamChatMessage(
        id!,
        content,
        (ev) => {
          switch (ev.type) {
            case 'user_message':
              setMessages((m) => m.map((x) => (x.id === tempId ? ev.message : x)))
              break
            case 'chunk':
              acc += ev.content
              setStreaming(acc)
              break
            case 'done':
              finished = true
              setMessages((m) => [...m, ev.message])
              setStreaming(null)
              break
            case 'safety':
              setSafety(true)
              break
            case 'error':
              finished = true
              setError(new ApiError(500, { detail: ev.detail }))
              setStreaming(null)
              break
          }
        },
        { signal: ctrl.signal, idempotencyKey: newIdempotencyKey() },
      )
      if (!finished) {
        // Stream ended without `done`: keep what arrived so nothing disappears.
        const text = acc
        if (text) setMessages((m) => [...m, { id: -Date.now(), chat_id: Number(id), role: 'persona', content: text, created_at: new Date().toISOString() }])
        setStreaming(null)
      }
    } catch (err) {
      if ((err as Error)?.name === 'AbortError') return
      setStreaming(null)
      setError(err)
      // Not sent: put the text back and drop the optimistic bubble.
      setMessages((m) => m.filter((x) => x.id !== tempId))
      setInput(content)
    } finally {
      abortRef.current = null
      qc.invalidateQueries({ queryKey: ['chats', 'list'] })
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault()
      send()
    }
  }

  if (detail.isLoading) return <Loading />
  if (detail.isError) {
    if (detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 403))
      return <ErrorState error={detail.error} />
    return <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
  }

  const limitHit = error instanceof ApiError && error.status === 429

  return (
    <div className="mx-auto flex h-[calc(100dvh-9.5rem)] max-w-2xl flex-col md:h-[calc(100dvh-8rem)]">
      <div className="mb-2 flex items-center gap-3">
        <Link to="/persona" className="btn-ghost btn-sm" aria-label={t('common.back')}>←</Link>
        <div className="min-w-0">
          <h1 className="truncate text-lg font-bold">{personaName}</h1>
          <p className="text-xs text-ink-500">{chat?.is_own_persona ? t('chat.own') : t('chat.friend')}</p>
        </div>
      </div>
      <p className="mb-2 rounded-xl bg-sky-50 px-3 py-2 text-xs text-sky-900" role="note" data-testid="ai-disclaimer">
        🤖 {t('chat.disclaimer')}
      </p>
      {safety && <div className="mb-2"><CrisisResources compact /></div>}
      <div
        ref={listRef}
        className="flex-1 overflow-y-auto rounded-2xl bg-black/[.02] p-3"
        onScroll={(e) => {
          const el = e.currentTarget
          stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80
        }}
      >
        {hasOlder && (
          <div className="mb-3 text-center">
            <button className="btn-ghost btn-sm" onClick={loadOlder} disabled={loadingOlder}>{loadingOlder ? t('common.loading') : t('chat.older')}</button>
          </div>
        )}
        {messages.length === 0 && streaming === null && (
          <p className="py-10 text-center text-sm text-ink-500">{t('chat.empty', { name: personaName })}</p>
        )}
        <ol className="space-y-3" aria-live="polite" aria-label={t('chat.messages')} data-testid="messages">
          {messages.map((m) => <Bubble key={m.id} m={m} personaName={personaName} />)}
          {streaming !== null && (
            streaming === '' ? (
              <li className="flex items-center gap-2" aria-label={t('chat.typing', { name: personaName })} data-testid="typing">
                <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-100 text-sm" aria-hidden>🪞</span>
                <span className="flex gap-1 rounded-2xl rounded-bl-md bg-white px-4 py-3 ring-1 ring-black/5" aria-hidden>
                  <span className="typing-dot h-2 w-2 rounded-full bg-ink-500" />
                  <span className="typing-dot h-2 w-2 rounded-full bg-ink-500" />
                  <span className="typing-dot h-2 w-2 rounded-full bg-ink-500" />
                </span>
              </li>
            ) : (
              <Bubble m={{ role: 'persona', content: streaming, created_at: '' }} personaName={personaName} />
            )
          )}
        </ol>
      </div>
      <div className="mt-2 space-y-2">
        <FormError error={error} />
        {limitHit && <Link to="/premium" className="text-sm font-semibold text-brand-600 underline">{t('chat.upgrade')}</Link>}
        <form onSubmit={send} className="flex items-end gap-2">
          <label htmlFor="chat-input" className="sr-only">{t('chat.input')}</label>
          <textarea
            id="chat-input"
            rows={1}
            className="input max-h-32 min-h-11 resize-none"
            placeholder={t('chat.placeholder')}
            value={input}
            maxLength={MAX_LEN}
            onChange={(e) => setInput(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="btn-primary h-11 shrink-0" disabled={!input.trim() || streaming !== null} data-testid="send">
            {t('chat.send')}
          </button>
        </form>
      </div>
    </div>
  )
}
