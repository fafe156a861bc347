import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MoodChips, WeatherChips } from './Chips'
import { FieldError, FormError, Switch } from './ui'
import { MAX_DIARY_CONTENT, MAX_TITLE } from '../lib/constants'
import { formatDate } from '../lib/dates'

export interface DiaryDraft {
  title: string
  content: string
  mood: string | null
  weather: string | null
  is_private: boolean
  diary_date: string
}

export default function DiaryForm({
  initial,
  dates,
  onSubmit,
  busy,
  error,
  submitLabel,
  onCancel,
  children,
}: {
  initial: DiaryDraft
  /** Selectable dates (create) — omitted when editing, the date is fixed. */
  dates?: string[]
  onSubmit: (d: DiaryDraft) => void
  busy?: boolean
  error?: unknown
  submitLabel: string
  onCancel?: () => void
  children?: React.ReactNode
}) {
  const { t, i18n } = useTranslation()
  const [d, setD] = useState<DiaryDraft>(initial)
  const over = d.content.length > MAX_DIARY_CONTENT

  function submit(e: FormEvent) {
    e.preventDefault()
    if (over || !d.title.trim() || !d.content.trim()) return
    onSubmit({ ...d, title: d.title.trim() })
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      {dates ? (
        <div>
          <label htmlFor="diary-date" className="label">{t('diary.date')}</label>
          <select id="diary-date" className="input" value={d.diary_date} onChange={(e) => setD({ ...d, diary_date: e.target.value })} aria-describedby="date-help">
            {dates.map((x, i) => (
              <option key={x} value={x}>
                {formatDate(x, i18n.language)} {i === 0 ? `(${t('diary.today')})` : ''}
              </option>
            ))}
          </select>
          <p id="date-help" className="mt-1 text-xs text-ink-500">{t('diary.dateHelp')}</p>
          <FieldError error={error} field="diary_date" />
        </div>
      ) : (
        <p className="text-sm font-medium text-ink-500">{formatDate(d.diary_date, i18n.language)}</p>
      )}
      {children}
      <div>
        <label htmlFor="diary-title" className="label">{t('diary.title')}</label>
        <input id="diary-title" className="input" maxLength={MAX_TITLE} value={d.title} onChange={(e) => setD({ ...d, title: e.target.value })} placeholder={t('diary.titlePlaceholder')} required />
        <FieldError error={error} field="title" />
      </div>
      <div>
        <label htmlFor="diary-content" className="label">{t('diary.content')}</label>
        <textarea
          id="diary-content"
          className="input min-h-64 resize-y leading-relaxed"
          value={d.content}
          onChange={(e) => setD({ ...d, content: e.target.value })}
          placeholder={t('diary.contentPlaceholder')}
          aria-describedby="content-counter"
          aria-invalid={over}
          required
        />
        <p id="content-counter" className={`mt-1 text-right text-xs tabular-nums ${over ? 'font-semibold text-red-600' : 'text-ink-500'}`} aria-live="polite">
          {d.content.length.toLocaleString()} / {MAX_DIARY_CONTENT.toLocaleString()}
          {over && ` · ${t('diary.tooLong')}`}
        </p>
        <FieldError error={error} field="content" />
      </div>
      <fieldset>
        <legend className="label">{t('diary.mood')}</legend>
        <MoodChips value={d.mood} onChange={(mood) => setD({ ...d, mood })} />
        <FieldError error={error} field="mood" />
      </fieldset>
      <fieldset>
        <legend className="label">{t('diary.weather')}</legend>
        <WeatherChips value={d.weather} onChange={(weather) => setD({ ...d, weather })} />
        <FieldError error={error} field="weather" />
      </fieldset>
      <div className="rounded-xl bg-black/[.03] p-4">
        <Switch checked={d.is_private} onChange={(is_private) => setD({ ...d, is_private })} label={t('diary.private')} description={t('diary.privateHelp')} />
      </div>
      <FormError error={error} />
      <div className="flex justify-end gap-2">
        {onCancel && <button type="button" className="btn-ghost" onClick={onCancel}>{t('common.cancel')}</button>}
        <button type="submit" className="btn-primary min-w-28" disabled={busy || over || !d.title.trim() || !d.content.trim()}>
          {busy ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  )
}
