import { useState } from 'react'
import { Link } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ErrorState, FormError, Loading, PageHeader, ProgressBar } from '../components/ui'
import { get, post } from '../lib/api'
import type { Persona } from '../lib/types'

interface QuizOption { id: string; text?: string; label?: string; content?: string }
interface QuizQuestion { id: number | string; question?: string; text?: string; title?: string; options: QuizOption[] }

export function normalizeQuestions(r: unknown): QuizQuestion[] {
  if (Array.isArray(r)) return r as QuizQuestion[]
  const o = r as { questions?: QuizQuestion[]; items?: QuizQuestion[] }
  return o?.questions ?? o?.items ?? []
}

export default function QuizPage() {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const q = useQuery({ queryKey: ['quiz', 'questions'], queryFn: async () => normalizeQuestions(await get('/quiz/questions')) })
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [step, setStep] = useState(0)
  const submit = useMutation({
    mutationFn: (qs: QuizQuestion[]) =>
      post<Persona>('/quiz/submit', { answers: qs.map((x) => ({ question_id: x.id, option_id: answers[String(x.id)] })) }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['persona'] }),
  })

  if (q.isLoading) return <Loading />
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />
  const qs = q.data!
  if (submit.data) {
    const p = submit.data
    return (
      <div className="mx-auto max-w-xl">
        <div className="card text-center">
          <p className="text-5xl" aria-hidden>🪞</p>
          <h1 className="mt-3 text-2xl font-bold">{t('quiz.doneTitle', { name: p.name })}</h1>
          <p className="mt-2 text-ink-700">{p.personality || p.summary}</p>
          <ul className="mt-3 flex flex-wrap justify-center gap-1.5">{p.traits?.map((x) => <li key={x} className="chip chip-on py-1 text-xs">{x}</li>)}</ul>
          <p className="mt-4 text-sm text-ink-500">{t('quiz.doneHint')}</p>
          <Link to="/persona" className="btn-primary mt-4">{t('quiz.toPersona')}</Link>
        </div>
      </div>
    )
  }
  const cur = qs[step]
  const allAnswered = qs.every((x) => answers[String(x.id)])
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t('quiz.title')} subtitle={t('quiz.subtitle')} />
      <ProgressBar value={((step + (answers[String(cur?.id)] ? 1 : 0)) / Math.max(1, qs.length)) * 100} label={t('quiz.progress')} />
      {cur && (
        <fieldset className="card mt-4">
          <legend className="sr-only">{cur.question ?? cur.text ?? cur.title}</legend>
          <p className="text-xs font-semibold text-brand-600">Q{step + 1} / {qs.length}</p>
          <h2 className="mt-1 text-lg font-bold" aria-hidden>{cur.question ?? cur.text ?? cur.title}</h2>
          <div className="mt-4 grid gap-2">
            {cur.options.map((o) => {
              const on = answers[String(cur.id)] === o.id
              return (
                <label key={o.id} className={`flex cursor-pointer items-center gap-3 rounded-xl border p-3.5 transition ${on ? 'border-brand-500 bg-brand-50' : 'border-black/10 hover:border-brand-300'}`}>
                  <input type="radio" name={`q-${cur.id}`} value={o.id} checked={on} onChange={() => setAnswers({ ...answers, [String(cur.id)]: o.id })} className="h-4 w-4 accent-brand-500" />
                  <span>{o.text ?? o.label ?? o.content}</span>
                </label>
              )
            })}
          </div>
        </fieldset>
      )}
      <div className="mt-4 flex justify-between">
        <button className="btn-ghost" disabled={step === 0} onClick={() => setStep(step - 1)}>← {t('common.prev')}</button>
        {step < qs.length - 1 ? (
          <button className="btn-primary" disabled={!answers[String(cur?.id)]} onClick={() => setStep(step + 1)}>{t('common.next')} →</button>
        ) : (
          <button className="btn-primary" disabled={!allAnswered || submit.isPending} onClick={() => submit.mutate(qs)}>{t('quiz.submit')}</button>
        )}
      </div>
      <div className="mt-3"><FormError error={submit.error} /></div>
    </div>
  )
}
