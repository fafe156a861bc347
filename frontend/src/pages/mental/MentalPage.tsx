import { Link, NavLink } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { CartesianGrid, Legend, Line, LineChart, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { CrisisResources } from '../../components/CrisisResources'
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../components/ui'
import { ApiError, get } from '../../lib/api'
import { AXES, chartAnimation } from '../../lib/constants'
import type { MentalCurrent, MentalHistory, MentalNegativeTrend, MentalRadar } from '../../lib/types'

const STATUS_STYLE: Record<string, string> = {
  good: 'from-emerald-100 to-white text-emerald-900',
  neutral: 'from-sky-100 to-white text-sky-900',
  concerning: 'from-amber-100 to-white text-amber-900',
  critical: 'from-rose-100 to-white text-rose-900',
}

const nullOn404 = async <T,>(fn: () => Promise<T>): Promise<T | null> => {
  try {
    return await fn()
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null
    throw e
  }
}

function axisValue(src: unknown, key: string): number | undefined {
  if (!src || typeof src !== 'object') return undefined
  const o = src as Record<string, unknown>
  const v = o[key] ?? (o.scores as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'number' ? v : undefined
}

export function MentalNav() {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('mental.nav')} className="mb-4 flex gap-2">
      {[
        ['/mental', 'mental.dashboard'],
        ['/mental/reports', 'mental.reports'],
        ['/mental/books', 'mental.books'],
      ].map(([to, k]) => (
        <NavLink key={to} to={to} end className={({ isActive }) => `chip ${isActive ? 'chip-on' : 'chip-off'}`}>{t(k)}</NavLink>
      ))}
    </nav>
  )
}

export default function MentalPage() {
  const { t } = useTranslation()
  const current = useQuery({ queryKey: ['mental', 'current'], queryFn: () => nullOn404(() => get<MentalCurrent>('/mental/current')) })
  const radar = useQuery({ queryKey: ['mental', 'radar'], queryFn: () => nullOn404(() => get<MentalRadar>('/mental/radar')), enabled: !!current.data })
  const history = useQuery({ queryKey: ['mental', 'history', 14], queryFn: () => get<MentalHistory>('/mental/history', { days: 14 }), enabled: !!current.data })
  const trend = useQuery({ queryKey: ['mental', 'negative-trend'], queryFn: () => get<MentalNegativeTrend>('/mental/negative-trend', { days: 7 }) })

  const negative = trend.data?.has_negative_trend === true

  if (current.isLoading) return <div className="space-y-4"><Skeleton className="h-32" /><Skeleton className="h-80" /></div>
  if (current.isError) return <ErrorState error={current.error} onRetry={() => current.refetch()} />
  const c = current.data
  const radarData = AXES.map((a) => ({
    axis: t(`axis.${a.key}`),
    current: axisValue(radar.data?.current, a.key) ?? (c ? axisValue(c, a.key) : undefined) ?? 0,
    previous: axisValue(radar.data?.previous, a.key),
  }))
  const hasPrev = radarData.some((d) => d.previous !== undefined)
  const lineData = [...(history.data?.items ?? [])]
    .sort((a, b) => a.analysis_date.localeCompare(b.analysis_date))
    .map((h) => ({ date: h.analysis_date.slice(5), ...Object.fromEntries(AXES.map((a) => [a.key, h[a.key]])) }))
  const COLORS = ['#ec4f82', '#f59e0b', '#8b5cf6', '#10b981', '#3b82f6', '#ef4444']

  return (
    <div className="space-y-4">
      <PageHeader title={t('mental.title')} subtitle={t('mental.subtitle')} />
      <MentalNav />
      {negative && (
        <div role="alert" className="rounded-2xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900" data-testid="negative-trend">
          <p className="font-semibold">🌧️ {t('mental.negativeTitle')}</p>
          <p className="mt-1">{t('mental.negativeBody')}</p>
        </div>
      )}
      {!c ? (
        <EmptyState icon="💗" title={t('mental.emptyTitle')}>
          <p>{t('mental.emptyBody')}</p>
          <Link to="/diaries/new" className="btn-primary mt-3">{t('home.writeToday')}</Link>
        </EmptyState>
      ) : (
        <>
          <section className={`card bg-gradient-to-br ${STATUS_STYLE[c.overall_status] ?? ''}`} aria-labelledby="status-card">
            <div className="flex items-start gap-3">
              <span className="text-4xl" aria-hidden>{c.feedback?.emoji ?? '💗'}</span>
              <div>
                <p className="text-xs font-semibold opacity-80">{t('mental.asOf', { date: c.analysis_date })}</p>
                <h2 id="status-card" className="text-xl font-bold">{c.feedback?.status_label ?? t(`status.${c.overall_status}`)}</h2>
                {c.feedback?.message && <p className="mt-1 text-sm">{c.feedback.message}</p>}
                {c.feedback?.encouragement && <p className="mt-1 text-sm">{c.feedback.encouragement}</p>}
                {c.feedback?.suggestion && <p className="mt-2 rounded-xl bg-white/70 px-3 py-2 text-sm">💡 {c.feedback.suggestion}</p>}
                {c.summary && <p className="mt-2 text-sm opacity-80">{c.summary}</p>}
              </div>
            </div>
          </section>
          {(c.overall_status === 'critical' || negative) && <CrisisResources />}
          <div className="grid gap-4 md:grid-cols-2">
            <section className="card" aria-labelledby="radar-title">
              <div className="flex items-center justify-between">
                <h2 id="radar-title" className="font-bold">{t('mental.radar')}</h2>
                {radar.data?.trend && <span className="text-xs text-ink-500">{t(`trend.${radar.data.trend}`, { defaultValue: radar.data.trend })}</span>}
              </div>
              <div className="h-72" data-testid="radar" role="img" aria-label={radarData.map((d) => `${d.axis} ${d.current}`).join(', ')}>
                <ResponsiveContainer>
                  <RadarChart data={radarData} outerRadius="70%">
                    <PolarGrid />
                    <PolarAngleAxis dataKey="axis" fontSize={11} />
                    <PolarRadiusAxis domain={[0, 100]} tickCount={5} fontSize={9} angle={90} />
                    {hasPrev && <Radar isAnimationActive={chartAnimation} name={t('mental.previous')} dataKey="previous" stroke="#94a3b8" fill="#94a3b8" fillOpacity={0.15} />}
                    <Radar isAnimationActive={chartAnimation} name={t('mental.current')} dataKey="current" stroke="#ec4f82" fill="#ec4f82" fillOpacity={0.35} />
                    <Legend wrapperStyle={{ fontSize: 12 }} />
                  </RadarChart>
                </ResponsiveContainer>
              </div>
            </section>
            <section className="card" aria-labelledby="line-title">
              <h2 id="line-title" className="font-bold">{t('mental.history14')}</h2>
              {history.isError ? (
                <ErrorState error={history.error} onRetry={() => history.refetch()} />
              ) : lineData.length === 0 ? (
                <p className="py-16 text-center text-sm text-ink-500">{history.isLoading ? t('common.loading') : t('mental.noHistory')}</p>
              ) : (
                <div className="h-72" role="img" aria-label={t('mental.history14')}>
                  <ResponsiveContainer>
                    <LineChart data={lineData} margin={{ left: -24, right: 8 }}>
                      <CartesianGrid strokeDasharray="3 3" vertical={false} />
                      <XAxis dataKey="date" fontSize={10} />
                      <YAxis domain={[0, 100]} fontSize={10} />
                      <Tooltip />
                      <Legend wrapperStyle={{ fontSize: 11 }} />
                      {AXES.map((a, i) => (
                        <Line isAnimationActive={chartAnimation} key={a.key} type="monotone" dataKey={a.key} name={t(`axis.${a.key}`)} stroke={COLORS[i]} strokeWidth={2} dot={{ r: 2 }} />
                      ))}
                    </LineChart>
                  </ResponsiveContainer>
                </div>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  )
}
