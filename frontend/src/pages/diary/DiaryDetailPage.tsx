import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import DiaryForm, { type DiaryDraft } from '../../components/DiaryForm'
import { ConfirmDialog, ErrorState, FormError, Loading } from '../../components/ui'
import { ApiError, del, get, patch } from '../../lib/api'
import { moodEmoji, weatherEmoji } from '../../lib/constants'
import { formatDate, formatDateTime } from '../../lib/dates'
import type { Diary } from '../../lib/types'

export default function DiaryDetailPage() {
  const { id } = useParams()
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const qc = useQueryClient()
  const [editing, setEditing] = useState(false)
  const [confirm, setConfirm] = useState(false)
  const q = useQuery({ queryKey: ['diaries', 'one', id], queryFn: () => get<Diary>(`/diaries/${id}`) })

  const save = useMutation({
    mutationFn: (d: DiaryDraft) =>
      patch<Diary>(`/diaries/${id}`, { title: d.title, content: d.content, mood: d.mood, weather: d.weather, is_private: d.is_private }),
    onSuccess: (diary) => {
      qc.setQueryData(['diaries', 'one', id], diary)
      qc.invalidateQueries({ queryKey: ['diaries'] })
      qc.invalidateQueries({ queryKey: ['mental'] })
      setEditing(false)
    },
  })
  const remove = useMutation({
    mutationFn: () => del(`/diaries/${id}`),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['diaries'] })
      qc.invalidateQueries({ queryKey: ['persona'] })
      qc.invalidateQueries({ queryKey: ['mental'] })
      navigate('/diaries', { replace: true })
    },
  })

  if (q.isLoading) return <Loading />
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404)
      return (
        <div className="card text-center">
          <p>{t('diary.notFound')}</p>
          <Link to="/diaries" className="btn-secondary mt-4">{t('diary.backToList')}</Link>
        </div>
      )
    return <ErrorState error={q.error} onRetry={() => q.refetch()} />
  }
  const d = q.data!

  return (
    <div className="mx-auto max-w-2xl">
      <Link to="/diaries" className="mb-3 inline-block text-sm text-ink-500 hover:text-brand-600">← {t('diary.backToList')}</Link>
      {editing ? (
        <div className="card">
          <DiaryForm
            initial={{ title: d.title, content: d.content, mood: d.mood, weather: d.weather, is_private: d.is_private, diary_date: d.diary_date }}
            onSubmit={(x) => save.mutate(x)}
            busy={save.isPending}
            error={save.error}
            submitLabel={t('common.save')}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : (
        <article className="card">
          <header className="border-b border-black/5 pb-4">
            <p className="text-sm text-ink-500">
              {formatDate(d.diary_date, i18n.language)}
              {d.weather && <span className="ml-2">{weatherEmoji(d.weather)} {t(`weather.${d.weather}`)}</span>}
            </p>
            <h1 className="mt-1 text-2xl font-bold break-words">{d.title}</h1>
            <div className="mt-2 flex flex-wrap gap-2 text-sm">
              {d.mood && <span className="chip chip-on">{moodEmoji(d.mood)} {t(`mood.${d.mood}`)}</span>}
              {d.is_private && <span className="chip chip-off">🔒 {t('diary.privateBadge')}</span>}
            </div>
          </header>
          <div className="prose mt-4 leading-relaxed break-words whitespace-pre-wrap text-ink-900">{d.content}</div>
          <footer className="mt-6 flex flex-wrap items-center justify-between gap-2 border-t border-black/5 pt-4">
            <p className="text-xs text-ink-500">{t('diary.updatedAt', { at: formatDateTime(d.updated_at, i18n.language) })}</p>
            <div className="flex gap-2">
              <button className="btn-secondary" onClick={() => setEditing(true)}>{t('common.edit')}</button>
              <button className="btn-ghost text-red-600" onClick={() => setConfirm(true)}>{t('common.delete')}</button>
            </div>
          </footer>
          <FormError error={remove.error} />
        </article>
      )}
      <ConfirmDialog
        open={confirm}
        title={t('diary.deleteTitle')}
        message={t('diary.deleteBody')}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        onClose={() => setConfirm(false)}
        onConfirm={() => remove.mutate()}
      />
    </div>
  )
}
