import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import i18n from '../../i18n'
import ko from '../../i18n/ko'
import type { OpsOverview, OpsPoint } from '../../lib/types'
import { overviewGroups } from '../../pages/AdminOpsPage'
import { CHARTS, chartRows, OpsChart } from './OpsCharts'
import { formatFigure, unitLabel } from './format'

const t = i18n.t.bind(i18n)

const overview: OpsOverview = {
  dau: 1234, wau: 2000, mau: 3000, diaries_today: 7,
  ai: { today: { calls: 3, failures: 0, tokens_in: 300, tokens_out: 200, cost_usd: 0.0042 }, month_to_date: { calls: 30, failures: 1, tokens_in: 1, tokens_out: 1, cost_usd: 12.5 } },
  http: { requests_per_second: 1.234, p95_ms: 87.5, error_rate: 0.0123, in_flight: 2, window_seconds: 60 },
  db_pool: { name: 'dearme-primary', active: 1, idle: 9, max: 20, waiting: 0 },
  caches: { authSession: { hit_ratio: 0.9, size: 3, requests: 10 } },
  jobs: { queue_depth: 4, running: 1, failed_24h: 0, done_24h: 12 },
  replica_lag_seconds: null, instances: 2, generated_at: '2026-12-03T10:00:00+09:00',
}

describe('ops figures', () => {
  it('puts a unit on every figure in Korean and in English, and says when nothing was measured', async () => {
    expect(formatFigure(t, 'ko', 'users', 1234)).toBe('1,234명')
    expect(formatFigure(t, 'ko', 'percent', 0.0123)).toBe('1.2%')
    expect(formatFigure(t, 'ko', 'ms', 87.54)).toBe('87.5ms')
    expect(formatFigure(t, 'ko', 'rps', 1.234)).toBe('1.23 요청/초')
    expect(formatFigure(t, 'ko', 'usd', 12.5)).toBe('$12.5')
    expect(formatFigure(t, 'ko', 'usd', 0.0042)).toBe('$0.0042')
    expect(formatFigure(t, 'ko', 'seconds', null)).toBe('측정 안 됨')
    expect(formatFigure(t, 'ko', 'jobs', 0)).toBe('0건')
    expect(unitLabel(t, 'ms')).toBe('ms')
    await i18n.changeLanguage('en')
    try {
      expect(formatFigure(t, 'en', 'users', 1234)).toBe('1,234 users')
      expect(formatFigure(t, 'en', 'tokens', 500)).toBe('500 tokens')
      expect(formatFigure(t, 'en', 'seconds', undefined)).toBe('not measured')
      expect(unitLabel(t, 'rps')).toBe('req/s')
    } finally {
      await i18n.changeLanguage('ko')
    }
  })

  it('labels every overview figure with a translation, never a raw JSON key', () => {
    const groups = overviewGroups(overview)
    const figures = groups.flatMap((g) => g.figures)
    expect(figures.length).toBeGreaterThanOrEqual(20)
    const labels = ko.ops.figure as Record<string, string>
    for (const g of groups) expect((ko.ops.section as Record<string, string>)[g.key]).toBeTruthy()
    for (const x of figures) {
      expect(labels[x.key], x.key).toBeTruthy()
      expect(t(`ops.figure.${x.key}`)).not.toMatch(/^ops\.|[_.]/)
      expect(formatFigure(t, 'ko', x.unit, x.value)).not.toBe(String(x.value)) // a bare number has no unit
    }
    expect(figures.find((x) => x.key === 'replicaLag')?.value).toBeNull()
  })

  it('charts one unit per chart, ratios as percent, and every chart has a translated title', () => {
    const units = new Map<string, string>()
    for (const c of CHARTS) {
      expect(t(`ops.chart.${c.key}`)).not.toMatch(/^ops\./)
      units.set(c.key, c.unit)
    }
    // calls, tokens and dollars are separate charts
    expect(new Set([units.get('aiCalls'), units.get('aiTokens'), units.get('aiCost')]).size).toBe(3)
    const p = { at_ms: 1, cache_hit_ratio: 0.75, pool_active: 2, pool_idle: null, pool_pending: 0 } as unknown as OpsPoint
    expect(chartRows([p], CHARTS.find((c) => c.key === 'cacheHit')!)[0]).toEqual({ at: 1, cache_hit_ratio: 75 })
    expect(chartRows([p], CHARTS.find((c) => c.key === 'pool')!)[0]).toEqual({ at: 1, pool_active: 2, pool_idle: null, pool_pending: 0 })
  })

  it('renders a chart card with its title and latest value with unit', () => {
    const spec = CHARTS.find((c) => c.key === 'p95')!
    const points = [{ at_ms: 1000, p95_ms: 12 }, { at_ms: 11000, p95_ms: 34.56 }] as unknown as OpsPoint[]
    render(<OpsChart spec={spec} points={points} />)
    expect(screen.getByTestId('ops-chart-p95').textContent).toContain('응답 시간 p95')
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('응답 시간 p95: 34.6ms')
  })
})
