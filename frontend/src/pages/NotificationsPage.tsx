import { useState } from 'react'
import { Link } from 'react-router'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import Pagination from '../components/Pagination'
import { EmptyState, ErrorState, FormError, PageHeader, Skeleton } from '../components/ui'
import { del, get, patch, post } from '../lib/api'
import { formatDateTime } from '../lib/dates'
import { useLive } from '../lib/notificationStream'
import type { AppNotification, NotificationPage, UnreadCount } from '../lib/types'

const ICONS: Record<string, string> = {
  persona_ready: '🪞', persona_failed: '⚠️', persona_upgrade_available: '⬆️', persona_upgraded: '✨',
  milestone_3: '🌱', milestone_5: '🌿', milestone_7: '🌳', friend_request: '🤝', friend_accepted: '🎉',
  report_ready: '📊', diary_reminder: '✏️',
}

export function notificationLink(n: AppNotification): string | null {
  if (n.type.startsWith('persona_')) return '/persona'
  if (n.type.startsWith('friend_')) return '/friends'
  if (n.type === 'report_ready') return '/mental/reports'
  if (n.type === 'diary_reminder') return '/diaries/new'
  if (n.type.startsWith('milestone_')) return '/persona'
  return null
}

const PER_PAGE = 20

export default function NotificationsPage() {
  const { t, i18n } = useTranslation()
  const qc = useQueryClient()
  const [page, setPage] = useState(1)
  const [unreadOnly, setUnreadOnly] = useState(false)
  const q = useQuery({
    queryKey: ['notifications', page, unreadOnly],
    queryFn: () => get<NotificationPage>('/notifications', { page, per_page: PER_PAGE, unread_only: unreadOnly || undefined }),
    placeholderData: keepPreviousData,
  })
  const after = (r?: unknown) => {
    qc.invalidateQueries({ queryKey: ['notifications'] })
    const c = (r as { unread_count?: number } | undefined)?.unread_count
    if (typeof c === 'number') useLive.getState().setUnread(c)
    else get<UnreadCount>('/notifications/unread-count').then((x) => useLive.getState().setUnread(x.unread_count)).catch(() => {})
  }
  const read = useMutation({ mutationFn: (id: number) => patch(`/notifications/${id}/read`, {}), onSuccess: after })
  const readAll = useMutation({ mutationFn: () => post('/notifications/mark-all-read'), onSuccess: after })
  const remove = useMutation({ mutationFn: (id: number) => del(`/notifications/${id}`), onSuccess: after })
  const err = read.error ?? readAll.error ?? remove.error

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t('notifications.title')}
        subtitle={q.data ? t('notifications.unread', { count: q.data.unread_count }) : undefined}
        action={
          <button className="btn-secondary" onClick={() => readAll.mutate()} disabled={readAll.isPending || !q.data?.unread_count}>
            {t('notifications.markAll')}
          </button>
        }
      />
      <div className="mb-3 flex gap-2" role="tablist" aria-label={t('notifications.filter')}>
        {[false, true].map((u) => (
          <button key={String(u)} role="tab" aria-selected={unreadOnly === u} className={`chip ${unreadOnly === u ? 'chip-on' : 'chip-off'}`} onClick={() => { setUnreadOnly(u); setPage(1) }}>
            {u ? t('notifications.onlyUnread') : t('notifications.all')}
          </button>
        ))}
      </div>
      <FormError error={err} />
      {q.isLoading ? (
        <div className="space-y-2">{[0, 1, 2].map((i) => <Skeleton key={i} className="h-20" />)}</div>
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : q.data!.items.length === 0 ? (
        <EmptyState icon="🔔" title={t('notifications.empty')} />
      ) : (
        <ul className="space-y-2" data-testid="notification-list">
          {q.data!.items.map((n) => {
            const link = notificationLink(n)
            return (
              <li key={n.id} className={`card flex gap-3 p-4 ${n.is_read ? 'opacity-70' : 'ring-brand-200'}`}>
                <span className="text-2xl" aria-hidden>{ICONS[n.type] ?? '🔔'}</span>
                <div className="min-w-0 flex-1">
                  <p className="font-semibold">
                    {!n.is_read && <span className="mr-1.5 inline-block h-2 w-2 rounded-full bg-brand-500 align-middle" aria-label={t('notifications.new')} />}
                    {link ? <Link to={link} onClick={() => !n.is_read && read.mutate(n.id)} className="hover:underline">{n.title}</Link> : n.title}
                  </p>
                  {n.content && <p className="mt-0.5 text-sm text-ink-700">{n.content}</p>}
                  <time className="mt-1 block text-xs text-ink-500">{formatDateTime(n.created_at, i18n.language)}</time>
                </div>
                <div className="flex shrink-0 flex-col gap-1">
                  {!n.is_read && <button className="btn-ghost btn-sm" onClick={() => read.mutate(n.id)}>{t('notifications.markRead')}</button>}
                  <button className="btn-ghost btn-sm text-red-600" onClick={() => remove.mutate(n.id)} aria-label={t('notifications.deleteOne', { title: n.title })}>{t('common.delete')}</button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {q.data && <Pagination page={page} perPage={PER_PAGE} total={q.data.total} onPage={setPage} />}
    </div>
  )
}
