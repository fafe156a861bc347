import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { MentalNav } from './MentalPage'
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../components/ui'
import { ApiError, get } from '../../lib/api'
import { AXES, chartAnimation } from '../../lib/constants'
import type { Report } from '../../lib/types'

export default function ReportsPage() {
  const { t } = useTranslation()
  const [kind, setKind] = useState<'weekly' | 'monthly'>('weekly')
  const q = useQuery({
    queryKey: ['mental', 'report', kind],
    queryFn: async () => {
      try {
        return await get<Report>(`/mental/reports/${kind}`)
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null
        throw e
      }
    },
  })
  const r = q.data
  const avg = r ? AXES.map((a) => ({ axis: t(`axis.${a.key}`), value: Math.round(Number(r.averages?.[a.key] ?? 0)) })) : []

  return (
    <div>
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />
      <MentalNav />
      <div role="tablist" aria-label={t('reports.title')} className="mb-4 inline-flex rounded-xl bg-black/5 p-1">
        {(['weekly', 'monthly'] as const).map((k) => (
          <button key={k} role="tab" aria-selected={kind === k} className={`rounded-lg px-4 py-1.5 text-sm font-semibold ${kind === k ? 'bg-white shadow-sm' : 'text-ink-500'}`} onClick={() => setKind(k)}>
            {t(`reports.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {q.isLoading ? (
          <Skeleton className="h-80" />
        ) : q.isError ? (
          <ErrorState error={q.error} onRetry={() => q.refetch()} />
        ) : !r ? (
          <EmptyState icon="📊" title={t('reports.empty')}>{t('reports.emptyBody')}</EmptyState>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-ink-500">{r.period_start} ~ {r.period_end}</p>
            <section className="card" aria-labelledby="avg-title">
              <h2 id="avg-title" className="font-bold">{t('reports.averages')}</h2>
              <div className="mt-2 h-64" role="img" aria-label={avg.map((a) => `${a.axis} ${a.value}`).join(', ')}>
                <ResponsiveContainer>
                  <BarChart data={avg} margin={{ left: -24, right: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="axis" fontSize={10} interval={0} />
                    <YAxis domain={[0, 100]} fontSize={10} />
                    <Tooltip />
                    <Bar isAnimationActive={chartAnimation} dataKey="value" name={t('reports.score')} fill="#ec4f82" radius={[6, 6, 0, 0]} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              {r.trend && (
                <ul className="mt-2 flex flex-wrap gap-2 text-xs">
                  {Object.entries(r.trend).map(([k, v]) => (
                    <li key={k} className="chip chip-off py-1">{t(`axis.${k}`, { defaultValue: k })}: {typeof v === 'number' ? (v > 0 ? `▲${v}` : v < 0 ? `▼${-v}` : '–') : t(`trend.${v}`, { defaultValue: String(v) })}</li>
                  ))}
                </ul>
              )}
            </section>
            <div className="grid gap-4 md:grid-cols-2">
              <section className="card" aria-labelledby="ins-title">
                <h2 id="ins-title" className="font-bold">🔍 {t('reports.insights')}</h2>
                <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm">{r.insights?.map((x, i) => <li key={i}>{x}</li>)}</ul>
              </section>
              <section className="card" aria-labelledby="rec-title">
                <h2 id="rec-title" className="font-bold">🌱 {t('reports.recommendations')}</h2>
                <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm">{r.recommendations?.map((x, i) => <li key={i}>{x}</li>)}</ul>
              </section>
            </div>
          </div>
        )}
      </div>
    </div>
  )
}
