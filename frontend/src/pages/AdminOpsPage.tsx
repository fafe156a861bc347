import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { CHARTS, OpsChart } from '../components/ops/OpsCharts'
import { formatFigure, type OpsUnit } from '../components/ops/format'
import { EmptyState, ErrorState, Loading, PageHeader } from '../components/ui'
import { ApiError, get } from '../lib/api'
import type { OpsAdvice, OpsCheckState, OpsHistory, OpsOverview } from '../lib/types'

type Figure = { key: string; unit: OpsUnit; value: number | null | undefined }

/** The overview as labelled figures with units, grouped as an operator reads them. */
export function overviewGroups(o: OpsOverview): { key: string; figures: Figure[] }[] {
  return [
    { key: 'users', figures: [
      { key: 'dau', unit: 'users', value: o.dau }, { key: 'wau', unit: 'users', value: o.wau },
      { key: 'mau', unit: 'users', value: o.mau }, { key: 'diariesToday', unit: 'diaries', value: o.diaries_today },
      { key: 'instances', unit: 'instances', value: o.instances },
    ] },
    { key: 'traffic', figures: [
      { key: 'rps', unit: 'rps', value: o.http.requests_per_second }, { key: 'p95', unit: 'ms', value: o.http.p95_ms },
      { key: 'errorRate', unit: 'percent', value: o.http.error_rate }, { key: 'inFlight', unit: 'requests', value: o.http.in_flight },
    ] },
    { key: 'database', figures: [
      { key: 'poolActive', unit: 'connections', value: o.db_pool.active }, { key: 'poolIdle', unit: 'connections', value: o.db_pool.idle },
      { key: 'poolMax', unit: 'connections', value: o.db_pool.max }, { key: 'poolWaiting', unit: 'connections', value: o.db_pool.waiting },
      { key: 'replicaLag', unit: 'seconds', value: o.replica_lag_seconds },
    ] },
    { key: 'jobs', figures: [
      { key: 'queueDepth', unit: 'jobs', value: o.jobs.queue_depth }, { key: 'running', unit: 'jobs', value: o.jobs.running },
      { key: 'failed24h', unit: 'jobs', value: o.jobs.failed_24h }, { key: 'done24h', unit: 'jobs', value: o.jobs.done_24h },
    ] },
    { key: 'ai', figures: [
      { key: 'aiCallsToday', unit: 'calls', value: o.ai.today.calls }, { key: 'aiFailuresToday', unit: 'calls', value: o.ai.today.failures },
      { key: 'aiTokensInToday', unit: 'tokens', value: o.ai.today.tokens_in }, { key: 'aiTokensOutToday', unit: 'tokens', value: o.ai.today.tokens_out },
      { key: 'aiCostToday', unit: 'usd', value: o.ai.today.cost_usd }, { key: 'aiCallsMonth', unit: 'calls', value: o.ai.month_to_date.calls },
      { key: 'aiCostMonth', unit: 'usd', value: o.ai.month_to_date.cost_usd },
    ] },
  ]
}

const STATE_ICON: Record<OpsCheckState, string> = { on: '✅', off: '⬜', unknown: '❔' }

export default function AdminOpsPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const overview = useQuery({ queryKey: ['admin', 'overview'], queryFn: () => get<OpsOverview>('/admin/ops/overview'), refetchInterval: 30_000 })
  const history = useQuery({ queryKey: ['admin', 'history'], queryFn: () => get<OpsHistory>('/admin/ops/history'), refetchInterval: 10_000 })
  const advice = useQuery({ queryKey: ['admin', 'advice'], queryFn: () => get<OpsAdvice>('/admin/ops/advice'), refetchInterval: 60_000 })
  const f = (unit: OpsUnit, v: number | null | undefined) => formatFigure(t, lang, unit, v)

  if (overview.isLoading) return <Loading />
  if (overview.error instanceof ApiError && overview.error.status === 403)
    return <EmptyState icon="🔐" title={t('admin.forbidden')}>{t('admin.forbiddenBody')}</EmptyState>
  if (overview.isError || !overview.data) return <ErrorState error={overview.error} onRetry={() => overview.refetch()} />
  const o = overview.data
  const points = history.data?.points ?? []
  const a = advice.data

  return (
    <div className="space-y-5" data-testid="ops-page">
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />

      <section aria-labelledby="ov" className="space-y-3">
        <h2 id="ov" className="text-lg font-bold">{t('admin.overview')}</h2>
        {overviewGroups(o).map((g) => (
          <div key={g.key}>
            <h3 className="mb-1 text-xs font-bold text-ink-500">{t(`ops.section.${g.key}`)}</h3>
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-5">
              {g.figures.map((x) => (
                <div key={x.key} className="card p-3" data-testid={`ops-figure-${x.key}`}>
                  <dt className="truncate text-[11px] text-ink-500">{t(`ops.figure.${x.key}`)}</dt>
                  <dd className="mt-0.5 truncate text-lg font-bold tabular-nums">{f(x.unit, x.value)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        <div className="card overflow-x-auto p-3">
          <h3 className="mb-1 text-xs font-bold text-ink-500">{t('ops.section.caches')}</h3>
          <table className="w-full text-sm" data-testid="ops-caches">
            <thead><tr className="text-left text-xs text-ink-500">
              <th>{t('ops.cache.name')}</th><th>{t('ops.cache.hitRatio')}</th><th>{t('ops.cache.size')}</th><th>{t('ops.cache.requests')}</th>
            </tr></thead>
            <tbody>
              {Object.entries(o.caches).map(([name, c]) => (
                <tr key={name} className="tabular-nums"><td className="font-mono text-xs">{name}</td><td>{f('percent', c.hit_ratio)}</td>
                  <td>{f('entries', c.size)}</td><td>{f('requests', c.requests)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="charts" className="space-y-2">
        <h2 id="charts" className="text-lg font-bold">{t('ops.section.charts')}</h2>
        {history.data && <p className="text-xs text-ink-500">{t('ops.instance', { id: history.data.instance, interval: history.data.interval_seconds })}</p>}
        {history.isError ? <ErrorState error={history.error} onRetry={() => history.refetch()} /> : points.length === 0 ? (
          <p className="text-sm text-ink-500">{history.isLoading ? '…' : t('ops.noHistory')}</p>
        ) : (
          <div className="grid gap-3 md:grid-cols-2" data-testid="ops-charts">
            {CHARTS.map((c) => <OpsChart key={c.key} spec={c} points={points} />)}
          </div>
        )}
      </section>

      <section aria-labelledby="adv" className="space-y-3">
        <h2 id="adv" className="text-lg font-bold">{t('admin.advice')}</h2>
        {advice.isLoading ? <Loading /> : advice.isError ? <ErrorState error={advice.error} onRetry={() => advice.refetch()} /> : a && (
          <>
            <div className="card bg-gradient-to-br from-brand-50 to-white" data-testid="ops-phase">
              <p className="text-xs text-ink-500">{t('admin.phase')}</p>
              <p className="text-2xl font-extrabold text-brand-600">{t(`ops.phaseName.${a.phase.current}`)}</p>
              <p className="mt-1 text-sm">{t(`ops.phaseReason.${a.phase.current}`, { dau: a.phase.dau.toLocaleString(lang) })}</p>
            </div>
            <section className="card" aria-labelledby="chk">
              <h3 id="chk" className="mb-2 text-sm font-bold">{t('ops.section.checklist')}</h3>
              <ul className="space-y-2 text-sm" data-testid="ops-checklist">
                {a.checklist.map((c) => (
                  <li key={c.key} className="flex gap-2" data-key={c.key} data-state={c.state}>
                    <span aria-hidden>{STATE_ICON[c.state]}</span>
                    <span className="min-w-0">
                      <span className="font-medium">{t(`ops.check.${c.key}`, { defaultValue: c.label })}</span>
                      <span className="ml-1 text-xs text-ink-500">({t(`ops.state.${c.state}`)})</span>
                      <span className="block break-words font-mono text-[11px] text-ink-500">{c.evidence}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <div className="grid gap-3 md:grid-cols-2">
              <section className="card overflow-x-auto" aria-labelledby="bn">
                <h3 id="bn" className="mb-2 text-sm font-bold">{t('ops.section.bottlenecks')}</h3>
                <table className="w-full text-sm">
                  <thead><tr className="text-left text-xs text-ink-500">
                    <th>{t('ops.bottleneck.component')}</th><th>{t('ops.bottleneck.value')}</th><th>{t('ops.bottleneck.max')}</th><th>{t('ops.bottleneck.count')}</th>
                  </tr></thead>
                  <tbody>
                    {a.bottlenecks.map((b, i) => (
                      <tr key={i} className="tabular-nums"><td className="max-w-[12rem] truncate font-mono text-xs" title={b.component}>{b.kind} · {b.component}</td>
                        <td>{f('ms', b.value)}</td><td>{f('ms', b.max_ms)}</td><td>{f('requests', b.count)}</td></tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <section className="card overflow-x-auto" aria-labelledby="cost">
                <h3 id="cost" className="mb-2 text-sm font-bold">{t('ops.section.cost')}</h3>
                <p className="mb-2 text-xs">{t('ops.costTable.measured', { mtd: f('usd', a.cost.measured.ai_month_to_date_usd), days: a.cost.measured.days_elapsed, projected: f('usd', a.cost.measured.ai_projected_month_usd) })}</p>
                <table className="w-full text-sm">
                  <thead><tr className="text-left text-xs text-ink-500">
                    <th>{t('ops.costTable.phase')}</th><th>{t('ops.costTable.referenceDau')}</th><th>{t('ops.costTable.infra')}</th><th>{t('ops.costTable.ai')}</th><th>{t('ops.costTable.total')}</th>
                  </tr></thead>
                  <tbody>
                    {a.cost.phases.map((p) => (
                      <tr key={p.phase} className="tabular-nums"><td>{p.phase}</td><td>{f('users', p.reference_dau)}</td><td>{f('usdPerMonth', p.infrastructure_usd_per_month)}</td>
                        <td>{f('usdPerMonth', p.ai_usd_per_month)}</td><td className="font-bold">{f('usdPerMonth', p.total)}</td></tr>
                    ))}
                  </tbody>
                </table>
                <p className="mt-2 text-[11px] text-ink-500">{t('ops.costTable.assumptions')}</p>
              </section>
            </div>
          </>
        )}
      </section>
    </div>
  )
}
