import { useEffect, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import Pagination from '../../components/Pagination'
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../components/ui'
import { get } from '../../lib/api'
import { MOODS, moodEmoji, weatherEmoji } from '../../lib/constants'
import { formatDate } from '../../lib/dates'
import type { Diary, Page } from '../../lib/types'

const PER_PAGE = 10

export default function DiaryListPage() {
  const { t, i18n } = useTranslation()
  const [params, setParams] = useSearchParams()
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1)
  const mood = params.get('mood') ?? ''
  const q = params.get('q') ?? ''
  const [search, setSearch] = useState(q)

  useEffect(() => setSearch(q), [q])
  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(patch)) v ? next.set(k, v) : next.delete(k)
    setParams(next, { replace: true })
  }
  useEffect(() => {
    const h = setTimeout(() => search !== q && update({ q: search.trim(), page: '' }), 350)
    return () => clearTimeout(h)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search])

  const list = useQuery({
    queryKey: ['diaries', 'list', page, mood, q],
    queryFn: () => get<Page<Diary>>('/diaries', { page, per_page: PER_PAGE, mood, q }),
    placeholderData: keepPreviousData,
  })

  return (
    <div>
      <PageHeader
        title={t('diary.listTitle')}
        subtitle={list.data ? t('diary.totalCount', { count: list.data.total }) : undefined}
        action={
          <div className="flex gap-2">
            <Link to="/diaries/stats" className="btn-secondary">📈 {t('diary.stats')}</Link>
            <Link to="/diaries/new" className="btn-primary">✏️ {t('diary.write')}</Link>
          </div>
        }
      />
      <div className="mb-4 flex flex-col gap-2 sm:flex-row">
        <label className="sr-only" htmlFor="diary-search">{t('diary.search')}</label>
        <input id="diary-search" type="search" className="input sm:flex-1" placeholder={t('diary.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <label className="sr-only" htmlFor="mood-filter">{t('diary.moodFilter')}</label>
        <select id="mood-filter" className="input sm:w-44" value={mood} onChange={(e) => update({ mood: e.target.value, page: '' })}>
          <option value="">{t('diary.allMoods')}</option>
          {MOODS.map((m) => (
            <option key={m.key} value={m.key}>{m.emoji} {t(`mood.${m.key}`)}</option>
          ))}
        </select>
      </div>
      {list.isLoading ? (
        <div className="space-y-3">{[0, 1, 2].map((i) => <Skeleton key={i} className="h-24" />)}</div>
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data!.items.length === 0 ? (
        <EmptyState icon="📔" title={q || mood ? t('diary.noResults') : t('diary.empty')}>
          {!q && !mood && <Link to="/diaries/new" className="btn-primary mt-3">{t('diary.writeFirst')}</Link>}
        </EmptyState>
      ) : (
        <ul className={`space-y-3 ${list.isPlaceholderData ? 'opacity-60' : ''}`} data-testid="diary-list">
          {list.data!.items.map((d) => (
            <li key={d.id}>
              <Link to={`/diaries/${d.id}`} className="card block transition hover:ring-brand-200">
                <div className="flex items-center justify-between gap-2 text-xs text-ink-500">
                  <span>{formatDate(d.diary_date, i18n.language)}</span>
                  <span className="flex gap-1" aria-hidden>
                    {d.is_private && '🔒'} {weatherEmoji(d.weather)} {moodEmoji(d.mood)}
                  </span>
                </div>
                <h2 className="mt-1 truncate font-semibold">{d.title}</h2>
                <p className="mt-1 line-clamp-2 text-sm text-ink-700">{d.content}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {list.data && <Pagination page={page} perPage={PER_PAGE} total={list.data.total} onPage={(p) => update({ page: String(p) })} />}
    </div>
  )
}
