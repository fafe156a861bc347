import { useState } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog, ErrorState, FormError, PageHeader, ProgressBar, Skeleton } from '../components/ui'
import { get, post } from '../lib/api'
import { formatDateTime } from '../lib/dates'
import type { Plans, SubscriptionStatus, Usage } from '../lib/types'

export default function PremiumPage() {
  const { t, i18n } = useTranslation()
  const qc = useQueryClient()
  const plans = useQuery({ queryKey: ['subs', 'plans'], queryFn: () => get<Plans>('/subscriptions/plans') })
  const status = useQuery({ queryKey: ['subs', 'status'], queryFn: () => get<SubscriptionStatus>('/subscriptions/status') })
  const usage = useQuery({ queryKey: ['subs', 'usage'], queryFn: () => get<Usage>('/subscriptions/usage') })
  const [confirmCancel, setConfirmCancel] = useState(false)
  const done = () => qc.invalidateQueries({ queryKey: ['subs'] })
  const upgrade = useMutation({ mutationFn: (days: number) => post('/subscriptions/upgrade', { period_days: days }), onSuccess: done })
  const cancel = useMutation({ mutationFn: () => post('/subscriptions/cancel'), onSuccess: () => { setConfirmCancel(false); done() } })
  const s = status.data
  const u = usage.data
  const won = (n: number) => `₩${n.toLocaleString('ko-KR')}`

  return (
    <div className="space-y-4">
      <PageHeader title={t('premium.title')} subtitle={t('premium.subtitle')} />
      <p className="rounded-xl bg-sky-50 px-3 py-2 text-xs text-sky-900">{t('premium.testMode')}</p>
      <FormError error={upgrade.error ?? cancel.error} />
      <div className="grid gap-4 md:grid-cols-2">
        <section className="card" aria-labelledby="sub-status">
          <h2 id="sub-status" className="font-bold">{t('premium.status')}</h2>
          {status.isLoading ? <Skeleton className="mt-3 h-20" /> : status.isError ? <ErrorState error={status.error} onRetry={() => status.refetch()} /> : s && (
            <div className="mt-2 space-y-1 text-sm">
              <p className="text-2xl font-extrabold text-brand-600">{s.is_premium ? '👑 Premium' : 'Free'}</p>
              <p>{t('premium.state')}: {t(`premium.states.${s.status}`, { defaultValue: s.status })}</p>
              {s.expires_at && <p>{t('premium.expires', { at: formatDateTime(s.expires_at, i18n.language) })}{s.days_remaining != null && ` (${t('premium.daysLeft', { count: s.days_remaining })})`}</p>}
              {s.cancelled_at && <p className="text-ink-500">{t('premium.cancelledAt', { at: formatDateTime(s.cancelled_at, i18n.language) })}</p>}
              {s.in_grace_period && <p className="text-amber-700">{t('premium.grace')}</p>}
              {s.is_premium && !s.cancelled_at && (
                <button className="btn-ghost btn-sm mt-2 text-red-600" onClick={() => setConfirmCancel(true)}>{t('premium.cancel')}</button>
              )}
            </div>
          )}
        </section>
        <section className="card" aria-labelledby="usage">
          <h2 id="usage" className="font-bold">{t('premium.usage')}</h2>
          {usage.isLoading ? <Skeleton className="mt-3 h-20" /> : usage.isError ? <ErrorState error={usage.error} onRetry={() => usage.refetch()} /> : u && (
            <div className="mt-3 space-y-4 text-sm">
              <div>
                <p className="mb-1 flex justify-between"><span>{t('premium.chatToday')}</span><span className="tabular-nums">{u.daily_chat_messages.used} / {u.daily_chat_messages.limit ?? '∞'}</span></p>
                {u.daily_chat_messages.limit != null && <ProgressBar value={(u.daily_chat_messages.used / u.daily_chat_messages.limit) * 100} label={t('premium.chatToday')} />}
              </div>
              <div>
                <p className="mb-1 flex justify-between"><span>{t('premium.friends')}</span><span className="tabular-nums">{u.friends.count} / {u.friends.limit ?? '∞'}</span></p>
                {u.friends.limit != null && <ProgressBar value={(u.friends.count / u.friends.limit) * 100} label={t('premium.friends')} />}
              </div>
            </div>
          )}
        </section>
      </div>
      <section aria-labelledby="plans-title">
        <h2 id="plans-title" className="mb-3 text-lg font-bold">{t('premium.plans')}</h2>
        {plans.isLoading ? <Skeleton className="h-48" /> : plans.isError ? <ErrorState error={plans.error} onRetry={() => plans.refetch()} /> : (
          <ul className="grid gap-3 md:grid-cols-3">
            {plans.data!.plans.map((p) => {
              const paid = p.price > 0
              return (
                <li key={p.id} className={`card flex flex-col ${p.period_days === 365 ? 'ring-2 ring-brand-300' : ''}`}>
                  <h3 className="font-bold">{p.name}</h3>
                  <p className="mt-1 text-2xl font-extrabold">{paid ? won(p.price) : t('premium.free')}<span className="text-sm font-medium text-ink-500">{paid ? ` / ${t('premium.days', { count: p.period_days })}` : ''}</span></p>
                  <ul className="mt-3 flex-1 space-y-1 text-sm text-ink-700">{p.features.map((f) => <li key={f}>✓ {f}</li>)}</ul>
                  {paid && (
                    <button className="btn-primary mt-4" disabled={upgrade.isPending} onClick={() => p.period_days != null && upgrade.mutate(p.period_days)}>
                      {s?.is_premium ? t('premium.extend') : t('premium.upgrade')}
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <ConfirmDialog open={confirmCancel} title={t('premium.cancelTitle')} message={t('premium.cancelBody')} confirmLabel={t('premium.cancel')} danger busy={cancel.isPending} onClose={() => setConfirmCancel(false)} onConfirm={() => cancel.mutate()} />
    </div>
  )
}
