import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { EmptyState, ErrorState, Loading, PageHeader } from '../components/ui'
import { ApiError, get } from '../lib/api'
import { chartAnimation } from '../lib/constants'

type Json = Record<string, unknown>

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v)
const label = (k: string) => k.replace(/_/g, ' ')

function fmt(v: number): string {
  if (Math.abs(v) >= 1000) return v.toLocaleString()
  return Number.isInteger(v) ? String(v) : v.toFixed(v < 1 ? 3 : 2)
}

/** Top-level scalars become tiles; objects of numbers become bar charts; the rest is listed. */
export function splitOverview(data: Json) {
  const tiles: { key: string; value: string }[] = []
  const charts: { key: string; rows: { name: string; value: number }[] }[] = []
  const walk = (obj: Json, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k
      if (isNum(v)) tiles.push({ key, value: fmt(v) })
      else if (typeof v === 'string' || typeof v === 'boolean') tiles.push({ key, value: String(v) })
      else if (isObj(v)) {
        const entries = Object.entries(v)
        const numeric = entries.filter(([, x]) => isNum(x)) as [string, number][]
        if (numeric.length >= 2 && numeric.length === entries.length) charts.push({ key, rows: numeric.map(([name, value]) => ({ name, value })) })
        else if (prefix.split('.').length < 2) walk(v, key)
      } else if (Array.isArray(v) && v.every(isObj)) {
        const numKey = v.length ? Object.keys(v[0]).find((x) => isNum((v[0] as Json)[x])) : undefined
        const nameKey = v.length ? Object.keys(v[0]).find((x) => typeof (v[0] as Json)[x] === 'string') : undefined
        if (numKey && nameKey) charts.push({ key, rows: v.map((r) => ({ name: String((r as Json)[nameKey]), value: Number((r as Json)[numKey]) })) })
      }
    }
  }
  walk(data, '')
  return { tiles, charts }
}

function Chart({ title, rows }: { title: string; rows: { name: string; value: number }[] }) {
  return (
    <section className="card">
      <h3 className="mb-2 text-sm font-bold capitalize">{label(title)}</h3>
      <div className="h-52" role="img" aria-label={rows.map((r) => `${r.name} ${r.value}`).join(', ')}>
        <ResponsiveContainer>
          <BarChart data={rows} margin={{ left: -16, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" fontSize={10} interval={0} />
            <YAxis fontSize={10} />
            <Tooltip />
            <Bar isAnimationActive={chartAnimation} dataKey="value" fill="#ec4f82" radius={[6, 6, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  )
}

function Items({ value }: { value: unknown }) {
  if (!Array.isArray(value)) return null
  return (
    <ul className="space-y-1.5 text-sm">
      {value.map((x, i) => {
        if (!isObj(x)) return <li key={i}>• {String(x)}</li>
        const name = (x.name ?? x.item ?? x.title ?? x.component ?? x.key ?? `#${i + 1}`) as string
        const active = x.active ?? x.enabled ?? x.done
        const rest = Object.entries(x).filter(([k]) => !['name', 'item', 'title', 'component', 'key', 'active', 'enabled', 'done'].includes(k))
        return (
          <li key={i} className="flex gap-2">
            {typeof active === 'boolean' && <span aria-label={active ? 'on' : 'off'}>{active ? '✅' : '⬜'}</span>}
            <span>
              <span className="font-medium">{String(name)}</span>
              {rest.length > 0 && <span className="text-ink-500"> — {rest.map(([k, v]) => `${label(k)}: ${isNum(v) ? fmt(v) : String(v)}`).join(', ')}</span>}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

export default function AdminOpsPage() {
  const { t } = useTranslation()
  const overview = useQuery({ queryKey: ['admin', 'overview'], queryFn: () => get<Json>('/admin/ops/overview'), refetchInterval: 30_000 })
  const advice = useQuery({ queryKey: ['admin', 'advice'], queryFn: () => get<Json>('/admin/ops/advice') })

  if (overview.isLoading) return <Loading />
  if (overview.error instanceof ApiError && overview.error.status === 403)
    return <EmptyState icon="🔐" title={t('admin.forbidden')}>{t('admin.forbiddenBody')}</EmptyState>
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => overview.refetch()} />
  const { tiles, charts } = splitOverview(overview.data ?? {})
  const a = advice.data
  const adviceSplit = a ? splitOverview(a) : null

  return (
    <div className="space-y-4">
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      <section aria-labelledby="ov">
        <h2 id="ov" className="mb-2 text-lg font-bold">{t('admin.overview')}</h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {tiles.map((x) => (
            <div key={x.key} className="card p-3">
              <dt className="truncate text-[11px] text-ink-500 capitalize" title={x.key}>{label(x.key)}</dt>
              <dd className="mt-0.5 truncate text-lg font-bold tabular-nums">{x.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {charts.length > 0 && <div className="grid gap-3 md:grid-cols-2">{charts.map((c) => <Chart key={c.key} title={c.key} rows={c.rows} />)}</div>}
      <section aria-labelledby="adv" className="space-y-3">
        <h2 id="adv" className="text-lg font-bold">{t('admin.advice')}</h2>
        {advice.isLoading ? <Loading /> : advice.isError ? <ErrorState error={advice.error} onRetry={() => advice.refetch()} /> : a && (
          <>
            <div className="card bg-gradient-to-br from-brand-50 to-white">
              <p className="text-xs text-ink-500">{t('admin.phase')}</p>
              <p className="text-2xl font-extrabold text-brand-600">{String(a.phase ?? a.current_phase ?? '–')}</p>
              {typeof a.summary === 'string' && <p className="mt-1 text-sm">{a.summary}</p>}
            </div>
            <div className="grid gap-3 md:grid-cols-2">
              {Object.entries(a).filter(([, v]) => Array.isArray(v)).map(([k, v]) => (
                <section key={k} className="card">
                  <h3 className="mb-2 text-sm font-bold capitalize">{label(k)}</h3>
                  <Items value={v} />
                </section>
              ))}
              {adviceSplit?.charts.map((c) => <Chart key={c.key} title={c.key} rows={c.rows} />)}
            </div>
          </>
        )}
      </section>
    </div>
  )
}
