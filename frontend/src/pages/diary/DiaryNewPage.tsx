import { useMemo, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import DiaryForm, { type DiaryDraft } from '../../components/DiaryForm'
import { ErrorState, Loading, PageHeader } from '../../components/ui'
import { ApiError, get, post } from '../../lib/api'
import { writingWindow } from '../../lib/dates'
import { newIdempotencyKey, useMe } from '../../lib/queries'
import type { Diary, Page, Prompts } from '../../lib/types'

function Suggestions() {
  const { t } = useTranslation()
  const q = useQuery({
    queryKey: ['diaries', 'prompts'],
    queryFn: () => get<Prompts>('/diaries/prompt-suggestions'),
    staleTime: 5 * 60_000,
  })
  if (q.isError) return null // optional help; the page works without it
  return (
    <section aria-labelledby="sugg-title" className="rounded-2xl bg-amber-50 p-4">
      <h2 id="sugg-title" className="text-sm font-bold text-amber-900">💡 {t('diary.suggestions')}</h2>
      {q.isLoading ? (
        <p className="mt-2 text-sm text-amber-800/70">{t('common.loading')}</p>
      ) : (
        <ul className="mt-2 grid gap-2 sm:grid-cols-3">
          {q.data?.prompts.map((p, i) => (
            <li key={i} className="rounded-xl bg-white/80 p-3 text-sm">
              <p className="font-semibold">{p.title}</p>
              <p className="mt-0.5 text-xs text-ink-500">{p.description}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export default function DiaryNewPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const qc = useQueryClient()
  const idem = useRef(newIdempotencyKey())
  const dates = useMemo(() => writingWindow(me.data?.timezone ?? 'Asia/Seoul'), [me.data?.timezone])
  const [conflictId, setConflictId] = useState<number | null>(null)

  const create = useMutation({
    mutationFn: (d: DiaryDraft) => post<Diary>('/diaries', d, { headers: { 'Idempotency-Key': idem.current } }),
    onSuccess: (diary) => {
      qc.invalidateQueries({ queryKey: ['diaries'] })
      qc.invalidateQueries({ queryKey: ['persona'] })
      qc.invalidateQueries({ queryKey: ['mental'] })
      navigate(`/diaries/${diary.id}`, { replace: true })
    },
    onError: async (err, d) => {
      idem.current = newIdempotencyKey()
      if (err instanceof ApiError && err.status === 409) {
        const r = await get<Page<Diary>>('/diaries', { from: d.diary_date, to: d.diary_date, per_page: 1 }).catch(() => null)
        setConflictId(r?.items[0]?.id ?? null)
      }
    },
  })

  if (me.isLoading) return <Loading />
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t('diary.newTitle')} subtitle={t('diary.newSubtitle')} />
      <div className="card">
        <DiaryForm
          initial={{ title: '', content: '', mood: null, weather: null, is_private: false, diary_date: dates[0] }}
          dates={dates}
          onSubmit={(d) => create.mutate(d)}
          busy={create.isPending}
          error={create.error}
          submitLabel={t('common.save')}
          onCancel={() => navigate(-1)}
        >
          <Suggestions />
        </DiaryForm>
        {conflictId && (
          <p className="mt-3 text-sm">
            <Link className="font-semibold text-brand-600 underline" to={`/diaries/${conflictId}`}>{t('diary.openExisting')}</Link>
          </p>
        )}
      </div>
    </div>
  )
}
