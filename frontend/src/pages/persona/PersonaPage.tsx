import { useEffect, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import CustomizeModal from './CustomizeModal'
import { PersonaVisibility } from './PersonaVisibility'
import { EmptyState, ErrorState, FormError, PageHeader, ProgressBar, Skeleton } from '../../components/ui'
import { get, post, put } from '../../lib/api'
import { useLive } from '../../lib/notificationStream'
import { openChatWith, useMyPersona, usePersonaStatus } from '../../lib/queries'
import type { Friend, FriendList, Persona, PersonaLevelInfo } from '../../lib/types'

const STEPS = ['persona.step1', 'persona.step2', 'persona.step3', 'persona.step4']

/** Live job progress: waits for the persona_ready / persona_failed notification on the stream. */
function JobProgress() {
  const { t } = useTranslation()
  const job = useLive((s) => s.personaJob)
  const [step, setStep] = useState(0)
  useEffect(() => {
    const h = setInterval(() => setStep((s) => Math.min(STEPS.length - 1, s + 1)), 2500)
    return () => clearInterval(h)
  }, [])
  if (!job) return null
  return (
    <section className="card border border-brand-200 bg-brand-50/60" role="status" aria-live="polite" data-testid="persona-progress">
      <div className="flex items-center gap-3">
        <span className="text-3xl" aria-hidden>🪄</span>
        <div className="min-w-0 flex-1">
          <p className="font-bold">{t('persona.generating')}</p>
          <p className="text-sm text-ink-700">{t(STEPS[step])}</p>
        </div>
      </div>
      <div className="mt-4 h-2.5 overflow-hidden rounded-full bg-brand-100">
        <div className="progress-indeterminate h-full w-2/5 rounded-full bg-brand-500" />
      </div>
      <ol className="mt-3 grid grid-cols-4 gap-1 text-center text-[11px] text-ink-500">
        {STEPS.map((s, i) => (
          <li key={s} className={i <= step ? 'font-semibold text-brand-700' : ''}>{i < step ? '✓ ' : ''}{t(`${s}Short`)}</li>
        ))}
      </ol>
      <p className="mt-3 text-xs text-ink-500">{t('persona.generatingHint')}</p>
    </section>
  )
}

function PersonaCard({ persona, onCustomize }: { persona: Persona; onCustomize: () => void }) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const [name, setName] = useState(persona.name)
  useEffect(() => setName(persona.name), [persona.name])
  const update = useMutation({
    mutationFn: (body: { name?: string; is_public?: boolean }) => put<Persona>('/personas/me', body),
    onSuccess: (p) => {
      if (p && typeof p === 'object' && 'id' in p) qc.setQueryData(['persona', 'me'], p)
      qc.invalidateQueries({ queryKey: ['persona'] })
    },
  })
  const chat = useMutation({
    mutationFn: () => openChatWith(persona.id),
    onSuccess: (c) => navigate(`/persona/chat/${c.id}`),
  })
  const traits = persona.customization?.traits_override?.length ? persona.customization.traits_override : persona.traits
  return (
    <section className="card" aria-labelledby="persona-name" data-testid="persona-card">
      <div className="flex flex-wrap items-start gap-4">
        <div className="flex h-16 w-16 items-center justify-center rounded-3xl bg-gradient-to-br from-brand-200 to-amber-100 text-4xl" aria-hidden>🪞</div>
        <div className="min-w-0 flex-1">
          <p className="text-xs font-semibold text-brand-600">{t(`level.${persona.level}`)}</p>
          <h2 id="persona-name" className="text-2xl font-bold">{persona.name}</h2>
          <p className="mt-1 text-sm text-ink-700">{persona.summary}</p>
        </div>
        <div className="flex w-full gap-2 sm:w-auto">
          <button className="btn-primary flex-1 sm:flex-none" onClick={() => chat.mutate()} disabled={chat.isPending} data-testid="chat-own">💬 {t('persona.chat')}</button>
          <button className="btn-secondary flex-1 sm:flex-none" onClick={onCustomize}>🎨 {t('persona.customize')}</button>
        </div>
      </div>
      <FormError error={chat.error} />
      <div className="mt-5 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="text-sm font-bold text-ink-700">{t('persona.personality')}</h3>
          <p className="mt-1 text-sm leading-relaxed whitespace-pre-wrap">{persona.personality}</p>
          <h3 className="mt-4 text-sm font-bold text-ink-700">{t('persona.speakingStyle')}</h3>
          <p className="mt-1 text-sm leading-relaxed">{persona.speaking_style}</p>
        </div>
        <div>
          <h3 className="text-sm font-bold text-ink-700">{t('persona.traits')}</h3>
          <ul className="mt-1 flex flex-wrap gap-1.5">{traits?.map((x) => <li key={x} className="chip chip-on py-1 text-xs">{x}</li>)}</ul>
          {persona.interests?.length > 0 && (
            <>
              <h3 className="mt-4 text-sm font-bold text-ink-700">{t('persona.interests')}</h3>
              <ul className="mt-1 flex flex-wrap gap-1.5">{persona.interests.map((x) => <li key={x} className="chip chip-off py-1 text-xs">#{x}</li>)}</ul>
            </>
          )}
        </div>
      </div>
      <div className="mt-5 space-y-4 rounded-2xl bg-black/[.03] p-4">
        <form
          className="flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            if (name.trim() && name.trim() !== persona.name) update.mutate({ name: name.trim() })
          }}
        >
          <div className="flex-1">
            <label htmlFor="persona-name-input" className="label">{t('persona.name')}</label>
            <input id="persona-name-input" className="input" value={name} maxLength={50} onChange={(e) => setName(e.target.value)} />
          </div>
          <button className="btn-secondary" disabled={update.isPending || !name.trim() || name.trim() === persona.name}>{t('common.save')}</button>
        </form>
        <PersonaVisibility isPublic={persona.is_public} onChange={(is_public) => update.mutate({ is_public })} disabled={update.isPending} />
        <FormError error={update.error} />
      </div>
    </section>
  )
}

function FriendsPersonas() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const q = useQuery({ queryKey: ['friends', 'list'], queryFn: () => get<FriendList>('/friends') })
  const [err, setErr] = useState<unknown>(null)
  const open = async (f: Friend) => {
    setErr(null)
    try {
      const p = await get<Persona>(`/personas/${f.id}`)
      const c = await openChatWith(p.id)
      navigate(`/persona/chat/${c.id}`)
    } catch (e) {
      setErr(e)
    }
  }
  const withPersona = (q.data?.items ?? []).filter((f) => f.has_public_persona || f.persona_name)
  return (
    <section aria-labelledby="fp-title">
      <h2 id="fp-title" className="mb-3 text-lg font-bold">{t('persona.friendsPersonas')}</h2>
      {q.isLoading ? (
        <Skeleton className="h-20" />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : withPersona.length === 0 ? (
        <EmptyState icon="🤝" title={t('persona.noFriendPersonas')}>
          <Link to="/friends" className="font-semibold text-brand-600">{t('persona.findFriends')}</Link>
        </EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {withPersona.map((f) => (
            <li key={f.id} className="card flex items-center gap-3 p-4">
              <span className="flex h-11 w-11 items-center justify-center rounded-2xl bg-brand-50 text-xl" aria-hidden>🪞</span>
              <div className="min-w-0 flex-1">
                <p className="truncate font-semibold">{f.persona_name ?? t('persona.unnamed')}</p>
                <p className="truncate text-xs text-ink-500">{t('persona.ofFriend', { name: f.username })}</p>
              </div>
              <button className="btn-secondary btn-sm" onClick={() => open(f)} aria-label={t('persona.chatWith', { name: f.persona_name ?? f.username })}>💬 {t('persona.chat')}</button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2"><FormError error={err} /></div>
    </section>
  )
}

export default function PersonaPage() {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const status = usePersonaStatus()
  const persona = useMyPersona()
  const level = useQuery({ queryKey: ['persona', 'level'], queryFn: () => get<PersonaLevelInfo>('/quiz/persona-level') })
  const job = useLive((s) => s.personaJob)
  const event = useLive((s) => s.personaEvent)
  const [customizing, setCustomizing] = useState(false)
  const [outcome, setOutcome] = useState<'ready' | 'failed' | null>(null)

  // A server-side job still running (e.g. after a reload) also shows the live progress.
  useEffect(() => {
    const j = status.data?.job
    if (j && (j.status === 'queued' || j.status === 'running') && !useLive.getState().personaJob) {
      useLive.setState({ personaJob: { id: j.id, requestedAt: Date.now() - 60_000, kind: 'generate' } })
    }
  }, [status.data?.job])

  // Complete the progress when the notification stream reports the outcome.
  useEffect(() => {
    if (!event || !job || event.at < job.requestedAt) return
    useLive.setState({ personaJob: null })
    setOutcome(event.type === 'persona_failed' ? 'failed' : 'ready')
    qc.invalidateQueries({ queryKey: ['persona'] })
  }, [event, job, qc])

  const start = useMutation({
    mutationFn: async (kind: 'generate' | 'regenerate' | 'upgrade') => {
      const requestedAt = Date.now()
      setOutcome(null)
      useLive.setState({ personaJob: { id: null, requestedAt, kind } })
      const path = kind === 'upgrade' ? '/quiz/upgrade-persona' : `/personas/${kind}`
      try {
        const r = await post<{ job_id?: number; id?: number }>(path)
        const id = r?.job_id ?? r?.id ?? null
        useLive.setState((s) => (s.personaJob && s.personaJob.requestedAt === requestedAt ? { personaJob: { ...s.personaJob, id } } : {}))
      } catch (e) {
        useLive.setState({ personaJob: null })
        throw e
      }
    },
  })

  if (status.isLoading || persona.isLoading) return <div className="space-y-4"><Skeleton className="h-32" /><Skeleton className="h-64" /></div>
  if (status.isError) return <ErrorState error={status.error} onRetry={() => status.refetch()} />
  if (persona.isError) return <ErrorState error={persona.error} onRetry={() => persona.refetch()} />
  const s = status.data!
  const p = persona.data
  const lv = level.data
  const canRegenerate = !!p && s.diary_count >= s.required_count
  const canUpgrade = !!p && !!lv?.next_level && lv.diaries_needed === 0 && p.level !== 'complete'

  return (
    <div className="space-y-5">
      <PageHeader title={t('persona.title')} subtitle={t('persona.subtitle')} />
      {outcome === 'ready' && (
        <div role="status" className="rounded-2xl bg-emerald-50 p-4 text-emerald-800" data-testid="persona-ready">🎉 {t('persona.ready')}</div>
      )}
      {outcome === 'failed' && <div role="alert" className="rounded-2xl bg-red-50 p-4 text-red-700">{t('persona.failed')}</div>}
      <FormError error={start.error} />
      {job && <JobProgress />}

      <section className="card" aria-labelledby="status-title">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="status-title" className="font-bold">{t('persona.status')}</h2>
          <span className="text-sm text-ink-500">{lv?.level_name ?? (p ? t(`level.${p.level}`) : t('persona.none'))}</span>
        </div>
        <p className="mt-2 text-sm text-ink-700">{t('persona.diaryCount', { count: s.diary_count, required: s.required_count })}</p>
        <div className="mt-2"><ProgressBar value={lv?.progress_percent ?? (s.diary_count / s.required_count) * 100} label={t('persona.levelProgress')} /></div>
        {lv?.next_level && (
          <p className="mt-2 text-xs text-ink-500">
            {lv.diaries_needed > 0 ? t('persona.nextLevelNeed', { level: t(`level.${lv.next_level}`), count: lv.diaries_needed }) : t('persona.nextLevelReady', { level: t(`level.${lv.next_level}`) })}
          </p>
        )}
        <div className="mt-4 flex flex-wrap gap-2">
          {!p && s.can_generate && (
            <button className="btn-primary" disabled={!!job || start.isPending} onClick={() => start.mutate('generate')} data-testid="generate">🪄 {t('persona.generate')}</button>
          )}
          {canUpgrade && !job && <button className="btn-primary" onClick={() => start.mutate('upgrade')} disabled={start.isPending}>⬆️ {t('persona.upgrade')}</button>}
          {canRegenerate && (
            <button className="btn-secondary" disabled={!!job || start.isPending} onClick={() => start.mutate('regenerate')}>🔄 {t('persona.regenerate')}</button>
          )}
          {!p && (
            <Link to="/quiz" className="btn-secondary">🧩 {t('persona.quizPath')}</Link>
          )}
          {!p && !s.can_generate && <Link to="/diaries/new" className="btn-ghost">✏️ {t('home.writeToday')}</Link>}
        </div>
        {!p && <p className="mt-3 text-xs text-ink-500" data-testid="generate-visibility-hint">🤝 {t('persona.generateVisibilityHint')}</p>}
      </section>

      {p ? (
        <PersonaCard persona={p} onCustomize={() => setCustomizing(true)} />
      ) : (
        !job && (
          <EmptyState icon="🪞" title={t('persona.emptyTitle')}>
            {t('persona.emptyBody', { count: Math.max(0, s.required_count - s.diary_count) })}
          </EmptyState>
        )
      )}
      {p && customizing && <CustomizeModal persona={p} open onClose={() => setCustomizing(false)} />}
      <FriendsPersonas />
    </div>
  )
}

