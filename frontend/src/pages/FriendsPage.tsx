import { useEffect, useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog, EmptyState, ErrorState, FormError, PageHeader, Skeleton } from '../components/ui'
import { del, get, patch, post } from '../lib/api'
import { openChatWith } from '../lib/queries'
import type { Friend, FriendList, FriendRequest, FriendRequestList, Persona, PublicProfile, RecommendationList } from '../lib/types'

type Req = FriendRequest & Record<string, unknown>

/** The other party of a request, whichever shape the server sends (nested profile or flat ids). */
export function requestParty(r: Req, side: 'requester' | 'addressee'): PublicProfile {
  const nested = (r[side] ?? r.user) as PublicProfile | undefined
  if (nested && typeof nested === 'object') return nested
  return {
    id: Number(r[`${side}_id`]),
    username: String(r[`${side}_username`] ?? r.username ?? `#${r[`${side}_id`]}`),
    profile_image: (r[`${side}_profile_image`] as string) ?? null,
    has_public_persona: false,
  }
}

function Avatar({ p }: { p: PublicProfile }) {
  return p.profile_image ? (
    <img src={p.profile_image} alt="" className="h-11 w-11 rounded-full object-cover" />
  ) : (
    <span className="flex h-11 w-11 items-center justify-center rounded-full bg-brand-100 font-bold text-brand-700" aria-hidden>
      {p.username.slice(0, 1).toUpperCase()}
    </span>
  )
}

function Row({ p, sub, children }: { p: PublicProfile; sub?: ReactNode; children?: ReactNode }) {
  return (
    <li className="flex items-center gap-3 py-3">
      <Avatar p={p} />
      <div className="min-w-0 flex-1">
        <p className="truncate font-semibold">{p.username}</p>
        {sub && <p className="truncate text-xs text-ink-500">{sub}</p>}
      </div>
      <div className="flex shrink-0 gap-1.5">{children}</div>
    </li>
  )
}

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="font-bold">{title}</h2>
      {children}
    </section>
  )
}

export default function FriendsPage() {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const [term, setTerm] = useState('')
  const [debounced, setDebounced] = useState('')
  const [sentTo, setSentTo] = useState<Set<number>>(new Set())
  const [removing, setRemoving] = useState<PublicProfile | null>(null)
  const [actionError, setActionError] = useState<unknown>(null)

  useEffect(() => {
    const h = setTimeout(() => setDebounced(term.trim()), 300)
    return () => clearTimeout(h)
  }, [term])

  const search = useQuery({
    queryKey: ['friends', 'search', debounced],
    queryFn: () => get<{ items: PublicProfile[] }>('/users/search', { q: debounced }),
    enabled: debounced.length >= 1,
  })
  const friends = useQuery({ queryKey: ['friends', 'list'], queryFn: () => get<FriendList>('/friends') })
  const received = useQuery({ queryKey: ['friends', 'received'], queryFn: () => get<FriendRequestList>('/friends/requests/received') })
  const sent = useQuery({ queryKey: ['friends', 'sent'], queryFn: () => get<FriendRequestList>('/friends/requests/sent') })
  const recs = useQuery({ queryKey: ['friends', 'recommendations'], queryFn: () => get<RecommendationList>('/friends/recommendations') })

  const onError = (e: unknown) => setActionError(e)
  const refresh = () => qc.invalidateQueries({ queryKey: ['friends'] })
  const request = useMutation({
    mutationFn: (id: number) => post('/friends/request', { addressee_id: id }),
    onSuccess: (_r, id) => {
      setSentTo((s) => new Set(s).add(id))
      setActionError(null)
      refresh()
    },
    onError,
  })
  const respond = useMutation({
    mutationFn: ({ id, status }: { id: number; status: 'accepted' | 'rejected' }) => patch(`/friends/requests/${id}`, { status }),
    onSuccess: () => {
      setActionError(null)
      refresh()
      qc.invalidateQueries({ queryKey: ['persona'] })
    },
    onError,
  })
  const remove = useMutation({
    mutationFn: (id: number) => del(`/friends/${id}`),
    onSuccess: () => {
      setRemoving(null)
      refresh()
    },
    onError,
  })
  const chat = useMutation({
    mutationFn: async (userId: number) => {
      const p = await get<Persona>(`/personas/${userId}`)
      return openChatWith(p.id)
    },
    onSuccess: (c) => navigate(`/persona/chat/${c.id}`),
    onError,
  })

  const friendIds = new Set((friends.data?.items ?? []).map((f) => f.id))
  const pendingIds = new Set((sent.data?.items ?? []).map((r) => requestParty(r, 'addressee').id))
  const addButton = (p: PublicProfile) =>
    friendIds.has(p.id) ? (
      <span className="text-xs text-ink-500">{t('friends.alreadyFriend')}</span>
    ) : sentTo.has(p.id) || pendingIds.has(p.id) ? (
      <span className="text-xs text-ink-500">{t('friends.requested')}</span>
    ) : (
      <button className="btn-primary btn-sm" onClick={() => request.mutate(p.id)} disabled={request.isPending} aria-label={t('friends.requestTo', { name: p.username })}>
        {t('friends.request')}
      </button>
    )

  const list = <T,>(q: { isLoading: boolean; isError: boolean; error: unknown; refetch: () => unknown; data?: { items: T[] } }, empty: string, render: (x: T) => ReactNode) =>
    q.isLoading ? <Skeleton className="mt-3 h-14" /> : q.isError ? <div className="mt-3"><ErrorState error={q.error} onRetry={() => q.refetch()} /></div> : q.data!.items.length === 0 ? <p className="py-4 text-sm text-ink-500">{empty}</p> : <ul className="divide-y divide-black/5">{q.data!.items.map(render)}</ul>

  return (
    <div className="space-y-4">
      <PageHeader title={t('friends.title')} subtitle={t('friends.subtitle')} />
      <FormError error={actionError} />
      <Section id="f-search" title={t('friends.search')}>
        <label htmlFor="user-search" className="sr-only">{t('friends.search')}</label>
        <input id="user-search" type="search" className="input mt-3" placeholder={t('friends.searchPlaceholder')} value={term} onChange={(e) => setTerm(e.target.value)} />
        {debounced && list(search, t('friends.noSearch'), (p: PublicProfile) => (
          <Row key={p.id} p={p} sub={p.has_public_persona ? `🪞 ${t('friends.hasPersona')}` : undefined}>{addButton(p)}</Row>
        ))}
      </Section>

      <div className="grid gap-4 md:grid-cols-2">
        <Section id="f-received" title={t('friends.received')}>
          {list(received, t('friends.noReceived'), (r: Req) => {
            const p = requestParty(r, 'requester')
            return (
              <Row key={r.id} p={p}>
                <button className="btn-primary btn-sm" onClick={() => respond.mutate({ id: r.id, status: 'accepted' })} disabled={respond.isPending} data-testid="accept">{t('friends.accept')}</button>
                <button className="btn-ghost btn-sm" onClick={() => respond.mutate({ id: r.id, status: 'rejected' })} disabled={respond.isPending}>{t('friends.reject')}</button>
              </Row>
            )
          })}
        </Section>
        <Section id="f-sent" title={t('friends.sent')}>
          {list(sent, t('friends.noSent'), (r: Req) => (
            <Row key={r.id} p={requestParty(r, 'addressee')} sub={t('friends.waiting')} />
          ))}
        </Section>
      </div>

      <Section id="f-list" title={`${t('friends.list')}${friends.data ? ` (${friends.data.total ?? friends.data.items.length})` : ''}`}>
        {list(friends, t('friends.noFriends'), (f: Friend) => (
          <Row key={f.id} p={f} sub={f.persona_name ? `🪞 ${f.persona_name}` : t('friends.noPersona')}>
            {(f.persona_name || f.has_public_persona) && (
              <button className="btn-secondary btn-sm" onClick={() => chat.mutate(f.id)} disabled={chat.isPending} aria-label={t('persona.chatWith', { name: f.persona_name ?? f.username })}>
                💬 {t('persona.chat')}
              </button>
            )}
            <button className="btn-ghost btn-sm text-red-600" onClick={() => setRemoving(f)} aria-label={t('friends.removeName', { name: f.username })}>{t('friends.remove')}</button>
          </Row>
        ))}
      </Section>

      <Section id="f-recs" title={t('friends.recommendations')}>
        {list(recs, t('friends.noRecs'), (p: PublicProfile) => (
          <Row key={p.id} p={p} sub={`🪞 ${t('friends.hasPersona')}`}>{addButton(p)}</Row>
        ))}
      </Section>

      <ConfirmDialog
        open={!!removing}
        title={t('friends.removeTitle')}
        message={removing ? t('friends.removeBody', { name: removing.username }) : ''}
        confirmLabel={t('friends.remove')}
        danger
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id)}
      />
      {friends.data && friends.data.items.length === 0 && !debounced && (
        <EmptyState icon="🤝" title={t('friends.emptyTitle')}>{t('friends.emptyBody')}</EmptyState>
      )}
    </div>
  )
}
