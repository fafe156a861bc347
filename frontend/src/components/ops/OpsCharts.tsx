import { useTranslation } from 'react-i18next'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { chartAnimation } from '../../lib/constants'
import type { OpsPoint } from '../../lib/types'
import { clock, formatFigure, type OpsUnit, unitLabel } from './format'

/** One chart = one quantity = one unit on the Y axis (never calls, tokens and dollars on one axis). */
export interface ChartSpec {
  key: string
  unit: OpsUnit
  lines: { field: keyof OpsPoint; label?: string; color: string }[]
}

export const CHARTS: ChartSpec[] = [
  { key: 'rps', unit: 'rps', lines: [{ field: 'requests_per_second', color: '#ec4f82' }] },
  { key: 'p95', unit: 'ms', lines: [{ field: 'p95_ms', color: '#8b5cf6' }] },
  { key: 'errorRate', unit: 'percent', lines: [{ field: 'error_rate', color: '#dc2626' }] },
  {
    key: 'pool',
    unit: 'connections',
    lines: [
      { field: 'pool_active', label: 'active', color: '#2563eb' },
      { field: 'pool_idle', label: 'idle', color: '#10b981' },
      { field: 'pool_pending', label: 'pending', color: '#f59e0b' },
    ],
  },
  { key: 'cacheHit', unit: 'percent', lines: [{ field: 'cache_hit_ratio', color: '#0ea5e9' }] },
  { key: 'queueDepth', unit: 'jobs', lines: [{ field: 'job_queue_depth', color: '#f97316' }] },
  { key: 'queueAge', unit: 'seconds', lines: [{ field: 'job_oldest_queued_age_seconds', color: '#a16207' }] },
  { key: 'aiCalls', unit: 'calls', lines: [{ field: 'ai_calls', color: '#ec4f82' }] },
  { key: 'aiTokens', unit: 'tokens', lines: [{ field: 'ai_tokens', color: '#6366f1' }] },
  { key: 'aiCost', unit: 'usd', lines: [{ field: 'ai_cost_usd', color: '#059669' }] },
]

/** Ratios are charted as percentages, so axis and tooltip read in the unit the title names. */
export function chartRows(points: OpsPoint[], spec: ChartSpec): Record<string, number | null>[] {
  return points.map((p) => {
    const row: Record<string, number | null> = { at: p.at_ms }
    for (const l of spec.lines) {
      const v = p[l.field] as number | null
      row[l.field] = v === null || v === undefined ? null : spec.unit === 'percent' ? v * 100 : v
    }
    return row
  })
}

export function OpsChart({ spec, points }: { spec: ChartSpec; points: OpsPoint[] }) {
  const { t, i18n } = useTranslation()
  const rows = chartRows(points, spec)
  const last = points.length ? points[points.length - 1] : null
  const title = t(`ops.chart.${spec.key}`)
  const latest = spec.lines
    .map((l) => `${l.label ? `${t(`ops.chart.${l.label}`)} ` : ''}${formatFigure(t, i18n.language, spec.unit, last ? (last[l.field] as number | null) : null)}`)
    .join(' · ')
  const axisUnit = unitLabel(t, spec.unit)
  return (
    <section className="card" data-testid={`ops-chart-${spec.key}`}>
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-bold">{title}</h3>
        <span className="text-xs tabular-nums text-ink-500">{latest}</span>
      </div>
      <div className="h-44" role="img" aria-label={`${title}: ${latest}`}>
        <ResponsiveContainer>
          <LineChart data={rows} margin={{ left: 0, right: 8, top: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="at" type="number" domain={['dataMin', 'dataMax']} scale="time" fontSize={10} minTickGap={40}
              tickFormatter={(v: number) => clock(v, i18n.language)} />
            <YAxis fontSize={10} width={48} allowDecimals={spec.unit !== 'jobs' && spec.unit !== 'calls'}
              label={{ value: axisUnit, angle: -90, position: 'insideLeft', fontSize: 10 }} />
            <Tooltip
              labelFormatter={(v) => clock(Number(v), i18n.language)}
              formatter={(v, name) => [formatFigure(t, i18n.language, spec.unit, v === null || v === undefined ? null : spec.unit === 'percent' ? Number(v) / 100 : Number(v)), String(name)]}
            />
            {spec.lines.length > 1 && <Legend wrapperStyle={{ fontSize: 11 }} />}
            {spec.lines.map((l) => (
              <Line key={String(l.field)} isAnimationActive={chartAnimation} type="monotone" dataKey={String(l.field)}
                name={l.label ? t(`ops.chart.${l.label}`) : title} stroke={l.color} dot={false} strokeWidth={2} connectNulls={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </section>
  )
}
