import { Link } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import EmotionCalendar from '../components/EmotionCalendar'
import { ErrorState, Skeleton } from '../components/ui'
import { get } from '../lib/api'
import { moodEmoji } from '../lib/constants'
import { daysBetween, hourIn, todayIn } from '../lib/dates'
import { useMe, useMyPersona } from '../lib/queries'
import type { DiaryStats, WeeklyInsight } from '../lib/types'

export function timeOfDay(hour: number): 'dawn' | 'morning' | 'afternoon' | 'evening' | 'night' {
  if (hour < 5) return 'dawn'
  if (hour < 11) return 'morning'
  if (hour < 17) return 'afternoon'
  if (hour < 22) return 'evening'
  return 'night'
}

export const BADGES = [
  { id: 'd1', icon: '🌱', kind: 'total', n: 1 },
  { id: 'd10', icon: '🌿', kind: 'total', n: 10 },
  { id: 'd30', icon: '🌳', kind: 'total', n: 30 },
  { id: 'd100', icon: '🏆', kind: 'total', n: 100 },
  { id: 's7', icon: '🔥', kind: 'streak', n: 7 },
  { id: 's30', icon: '💎', kind: 'streak', n: 30 },
] as const

function Greeting({ tz, lastDiary }: { tz: string; lastDiary: string | null | undefined }) {
  const { t } = useTranslation()
  const persona = useMyPersona()
  const me = useMe()
  const part = timeOfDay(hourIn(tz))
  const today = todayIn(tz)
  const since = lastDiary ? daysBetween(lastDiary, today) : null
  const name = persona.data?.name
  const sub =
    since === null ? t('home.sinceNone') : since === 0 ? t('home.sinceToday') : since === 1 ? t('home.sinceYesterday') : t('home.sinceDays', { count: since })
  return (
    <section className="card bg-gradient-to-br from-brand-100 via-white to-amber-50" aria-live="polite">
      <div className="flex items-start gap-4">
        <div className="flex h-14 w-14 shrink-0 items-center justify-center rounded-2xl bg-white text-3xl shadow-sm" aria-hidden>
          {persona.data ? '🪞' : '🌷'}
        </div>
        <div className="min-w-0">
          <p className="text-xs font-semibold text-brand-600">{name ? t('home.personaSays', { name }) : t('app.name')}</p>
          <h1 className="mt-0.5 text-xl font-bold" data-testid="greeting">
            {t(`home.greeting.${part}`, { name: me.data?.username ?? '' })}
          </h1>
          <p className="mt-1 text-sm text-ink-700">{sub}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            {since !== 0 && <Link to="/diaries/new" className="btn-primary btn-sm">✏️ {t('home.writeToday')}</Link>}
            {persona.data && <Link to="/persona" className="btn-secondary btn-sm">💬 {t('home.talkToPersona', { name })}</Link>}
          </div>
        </div>
      </div>
    </section>
  )
}

function WeeklyInsightCard() {
  const { t } = useTranslation()
  const q = useQuery({ queryKey: ['diaries', 'weekly-insight'], queryFn: () => get<WeeklyInsight>('/diaries/weekly-insight') })
  if (q.isLoading) return <Skeleton className="h-40" />
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />
  const w = q.data!
  const pct = w.positive_ratio == null ? null : Math.round(w.positive_ratio * 100)
  const change = w.positive_ratio_change == null ? null : Math.round(w.positive_ratio_change * 100)
  return (
    <section className="card" aria-labelledby="wi-title">
      <h2 id="wi-title" className="font-bold">{t('home.weekly')}</h2>
      {w.summary && <p className="mt-2 rounded-xl bg-brand-50 px-3 py-2 text-sm text-brand-700">“{w.summary}”</p>}
      <dl className="mt-3 grid grid-cols-3 gap-2 text-center">
        <div className="rounded-xl bg-black/[.03] p-3">
          <dt className="text-xs text-ink-500">{t('home.weekDiaries')}</dt>
          <dd className="text-xl font-bold">{w.diary_count}</dd>
        </div>
        <div className="rounded-xl bg-black/[.03] p-3">
          <dt className="text-xs text-ink-500">{t('home.positiveRatio')}</dt>
          <dd className="text-xl font-bold">
            {pct == null ? '–' : `${pct}%`}
            {change != null && change !== 0 && (
              <span className={`ml-1 text-xs ${change > 0 ? 'text-emerald-600' : 'text-red-500'}`}>{change > 0 ? '▲' : '▼'}{Math.abs(change)}</span>
            )}
          </dd>
        </div>
        <div className="rounded-xl bg-black/[.03] p-3">
          <dt className="text-xs text-ink-500">{t('home.dominantMood')}</dt>
          <dd className="text-xl font-bold">{w.dominant_mood ? `${moodEmoji(w.dominant_mood)}` : '–'}</dd>
        </div>
      </dl>
    </section>
  )
}

function StreakCard({ stats }: { stats: DiaryStats | undefined }) {
  const { t } = useTranslation()
  if (!stats) return <Skeleton className="h-40" />
  return (
    <section className="card" aria-labelledby="streak-title">
      <div className="flex items-center justify-between">
        <h2 id="streak-title" className="font-bold">{t('home.streak')}</h2>
        <Link to="/diaries/stats" className="text-xs font-semibold text-brand-600">{t('home.seeStats')} →</Link>
      </div>
      <div className="mt-2 flex items-baseline gap-2">
        <span className="text-4xl font-extrabold text-brand-600" data-testid="streak">{stats.current_streak}</span>
        <span className="text-sm text-ink-500">{t('home.streakDays')}</span>
        <span className="ml-auto text-xs text-ink-500">{t('home.longest', { count: stats.longest_streak })} · {t('home.total', { count: stats.total_count })}</span>
      </div>
      <ul className="mt-4 grid grid-cols-6 gap-1.5" aria-label={t('home.badges')}>
        {BADGES.map((b) => {
          const earned = b.kind === 'total' ? stats.total_count >= b.n : stats.longest_streak >= b.n
          const label = t(`badge.${b.kind}`, { count: b.n })
          return (
            <li key={b.id} className={`flex flex-col items-center rounded-xl p-1.5 text-center ${earned ? 'bg-amber-50' : 'opacity-35 grayscale'}`} title={label}>
              <span className="text-2xl" aria-hidden>{b.icon}</span>
              <span className="text-[10px] leading-tight text-ink-700">{label}</span>
              <span className="sr-only">{earned ? t('home.badgeEarned') : t('home.badgeLocked')}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

const QUICK = [
  { to: '/diaries/new', icon: '✏️', key: 'home.quick.write' },
  { to: '/persona', icon: '🪞', key: 'home.quick.persona' },
  { to: '/mental', icon: '💗', key: 'home.quick.mental' },
  { to: '/friends', icon: '🤝', key: 'home.quick.friends' },
  { to: '/mental/reports', icon: '📊', key: 'home.quick.reports' },
  { to: '/quiz', icon: '🧩', key: 'home.quick.quiz' },
]

export default function HomePage() {
  const { t } = useTranslation()
  const me = useMe()
  const stats = useQuery({ queryKey: ['diaries', 'stats'], queryFn: () => get<DiaryStats>('/diaries/stats') })
  const insight = useQuery({ queryKey: ['diaries', 'weekly-insight'], queryFn: () => get<WeeklyInsight>('/diaries/weekly-insight') })
  const tz = me.data?.timezone ?? 'Asia/Seoul'
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />
  return (
    <div className="space-y-4">
      {me.isLoading ? <Skeleton className="h-36" /> : <Greeting tz={tz} lastDiary={insight.data?.last_diary_date} />}
      <div className="grid gap-4 md:grid-cols-2">
        <EmotionCalendar today={todayIn(tz)} />
        <div className="space-y-4">
          <WeeklyInsightCard />
          {stats.isError ? <ErrorState error={stats.error} onRetry={() => stats.refetch()} /> : <StreakCard stats={stats.data} />}
        </div>
      </div>
      <section aria-labelledby="quick-title">
        <h2 id="quick-title" className="sr-only">{t('home.quickLinks')}</h2>
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-6">
          {QUICK.map((q) => (
            <li key={q.to}>
              <Link to={q.to} className="card flex flex-col items-center gap-1 p-3 text-center text-xs font-medium hover:ring-brand-200">
                <span className="text-2xl" aria-hidden>{q.icon}</span>
                {t(q.key)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
