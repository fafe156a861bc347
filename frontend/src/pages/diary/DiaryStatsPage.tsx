import { Link } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Cell, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { EmptyState, ErrorState, Loading, PageHeader } from '../../components/ui'
import { get } from '../../lib/api'
import { MOODS, chartAnimation } from '../../lib/constants'
import type { DiaryStats } from '../../lib/types'

const COLORS = ['#ec4f82', '#60a5fa', '#f87171', '#fbbf24', '#34d399', '#f472b6', '#a78bfa', '#fb923c', '#94a3b8', '#2dd4bf']

export default function DiaryStatsPage() {
  const { t } = useTranslation()
  const q = useQuery({ queryKey: ['diaries', 'stats'], queryFn: () => get<DiaryStats>('/diaries/stats') })
  if (q.isLoading) return <Loading />
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />
  const s = q.data!
  const moodData = MOODS.map((m, i) => ({ key: m.key, name: `${m.emoji} ${t(`mood.${m.key}`)}`, value: s.mood_distribution?.[m.key] ?? 0, color: COLORS[i] })).filter((x) => x.value > 0)
  const monthly = Object.entries(s.monthly_count ?? {}).map(([month, count]) => ({ month: month.slice(2), count }))

  return (
    <div>
      <PageHeader title={t('stats.title')} action={<Link to="/diaries" className="btn-ghost">← {t('diary.backToList')}</Link>} />
      <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ['stats.total', s.total_count],
          ['stats.current', s.current_streak],
          ['stats.longest', s.longest_streak],
          ['stats.weekly', s.weekly_average],
        ].map(([k, v]) => (
          <div key={k} className="card p-4 text-center">
            <dt className="text-xs text-ink-500">{t(k as string)}</dt>
            <dd className="mt-1 text-2xl font-extrabold text-brand-600 tabular-nums">{v}</dd>
          </div>
        ))}
      </dl>
      {s.total_count === 0 ? (
        <EmptyState icon="📈" title={t('stats.empty')} />
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <section className="card" aria-labelledby="mood-dist">
            <h2 id="mood-dist" className="mb-2 font-bold">{t('stats.moodDistribution')}</h2>
            {moodData.length === 0 ? (
              <p className="py-10 text-center text-sm text-ink-500">{t('stats.noMood')}</p>
            ) : (
              <div className="h-64" role="img" aria-label={moodData.map((m) => `${m.name} ${m.value}`).join(', ')}>
                <ResponsiveContainer>
                  <PieChart>
                    <Pie isAnimationActive={chartAnimation} data={moodData} dataKey="value" nameKey="name" innerRadius="45%" outerRadius="80%" paddingAngle={2} label={({ name }) => String(name ?? '').split(' ')[0]}>
                      {moodData.map((m) => <Cell key={m.key} fill={m.color} />)}
                    </Pie>
                    <Tooltip />
                  </PieChart>
                </ResponsiveContainer>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="monthly">
            <h2 id="monthly" className="mb-2 font-bold">{t('stats.monthly')}</h2>
            <div className="h-64" role="img" aria-label={monthly.map((m) => `${m.month}: ${m.count}`).join(', ')}>
              <ResponsiveContainer>
                <BarChart data={monthly} margin={{ left: -20, right: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="month" fontSize={11} />
                  <YAxis allowDecimals={false} fontSize={11} />
                  <Tooltip />
                  <Bar isAnimationActive={chartAnimation} dataKey="count" name={t('stats.count')} fill="#ec4f82" radius={[6, 6, 0, 0]} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          </section>
        </div>
      )}
    </div>
  )
}
