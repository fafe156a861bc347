import { useEffect, useState, type FormEvent, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog, ErrorState, FieldError, FormError, Loading, PageHeader, Switch } from '../components/ui'
import { del, get, patch, post } from '../lib/api'
import { useAuth } from '../lib/authStore'
import { TIMEZONES } from '../lib/constants'
import { formatDateTime, todayIn } from '../lib/dates'
import { downloadAuthed } from '../lib/download'
import { useMe } from '../lib/queries'
import type { Me, SessionList } from '../lib/types'

function Card({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-lg font-bold">{title}</h2>
      {children}
    </section>
  )
}

function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation()
  const qc = useQueryClient()
  const [f, setF] = useState({
    username: me.username,
    profile_image: me.profile_image ?? '',
    timezone: me.timezone,
    locale: me.locale,
    rag_context_level: me.rag_context_level,
    reminder_enabled: !!me.reminder_enabled,
    reminder_time: me.reminder_time ?? '21:00',
  })
  const [saved, setSaved] = useState(false)
  const save = useMutation({
    mutationFn: () =>
      patch<Me>('/users/me', {
        ...f,
        profile_image: f.profile_image.trim() || null,
        reminder_time: f.reminder_enabled ? f.reminder_time : f.reminder_time || null,
      }),
    onSuccess: (m) => {
      if (m) qc.setQueryData(['me'], m)
      qc.invalidateQueries({ queryKey: ['me'] })
      if (f.locale !== i18n.language) i18n.changeLanguage(f.locale)
      setSaved(true)
      setTimeout(() => setSaved(false), 2500)
    },
  })
  const zones = TIMEZONES.includes(f.timezone) ? TIMEZONES : [f.timezone, ...TIMEZONES]
  const submit = (e: FormEvent) => {
    e.preventDefault()
    save.mutate()
  }
  return (
    <form onSubmit={submit} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="s-username" className="label">{t('auth.username')}</label>
          <input id="s-username" className="input" value={f.username} minLength={2} maxLength={50} onChange={(e) => setF({ ...f, username: e.target.value })} />
          <FieldError error={save.error} field="username" />
        </div>
        <div>
          <label htmlFor="s-image" className="label">{t('settings.profileImage')}</label>
          <input id="s-image" type="url" className="input" placeholder="https://…" value={f.profile_image} onChange={(e) => setF({ ...f, profile_image: e.target.value })} />
          <FieldError error={save.error} field="profile_image" />
        </div>
        <div>
          <label htmlFor="s-tz" className="label">{t('settings.timezone')}</label>
          <select id="s-tz" className="input" value={f.timezone} onChange={(e) => setF({ ...f, timezone: e.target.value })}>
            {zones.map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
          <p className="mt-1 text-xs text-ink-500">{t('settings.todayThere', { date: todayIn(f.timezone) })}</p>
        </div>
        <div>
          <label htmlFor="s-locale" className="label">{t('settings.language')}</label>
          <select id="s-locale" className="input" value={f.locale} onChange={(e) => setF({ ...f, locale: e.target.value as 'ko' | 'en' })}>
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="s-rag" className="label">{t('settings.ragLevel')}</label>
          <select id="s-rag" className="input" value={f.rag_context_level} onChange={(e) => setF({ ...f, rag_context_level: e.target.value as Me['rag_context_level'] })} aria-describedby="s-rag-help">
            {(['minimal', 'standard', 'detailed'] as const).map((l) => <option key={l} value={l}>{t(`settings.rag.${l}`)}</option>)}
          </select>
          <p id="s-rag-help" className="mt-1 text-xs text-ink-500">{t('settings.ragHelp')}</p>
        </div>
      </div>
      <div className="space-y-3 rounded-xl bg-black/[.03] p-4">
        <Switch checked={f.reminder_enabled} onChange={(v) => setF({ ...f, reminder_enabled: v })} label={t('settings.reminder')} description={t('settings.reminderHelp')} />
        {f.reminder_enabled && (
          <div>
            <label htmlFor="s-rtime" className="label">{t('settings.reminderTime')}</label>
            <input id="s-rtime" type="time" className="input w-40" value={f.reminder_time} onChange={(e) => setF({ ...f, reminder_time: e.target.value })} />
            <FieldError error={save.error} field="reminder_time" />
          </div>
        )}
      </div>
      <FormError error={save.error} />
      <div className="flex items-center justify-end gap-3">
        {saved && <span role="status" className="text-sm text-emerald-700">✓ {t('common.saved')}</span>}
        <button className="btn-primary" disabled={save.isPending}>{save.isPending ? t('common.saving') : t('common.save')}</button>
      </div>
    </form>
  )
}

function Sessions() {
  const { t, i18n } = useTranslation()
  const qc = useQueryClient()
  const q = useQuery({ queryKey: ['sessions'], queryFn: () => get<SessionList>('/auth/sessions') })
  const revoke = useMutation({ mutationFn: (id: number) => del(`/auth/sessions/${id}`), onSuccess: () => qc.invalidateQueries({ queryKey: ['sessions'] }) })
  if (q.isLoading) return <Loading />
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />
  return (
    <>
      <ul className="divide-y divide-black/5">
        {q.data!.items.map((s) => (
          <li key={s.id} className="flex items-center gap-3 py-3">
            <span className="text-xl" aria-hidden>{/mobile|iphone|android/i.test(s.user_agent ?? '') ? '📱' : '💻'}</span>
            <div className="min-w-0 flex-1 text-sm">
              <p className="truncate font-medium">{s.user_agent || t('settings.unknownDevice')} {s.current && <span className="ml-1 rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-800">{t('settings.thisDevice')}</span>}</p>
              <p className="text-xs text-ink-500">{s.ip} · {t('settings.lastUsed', { at: formatDateTime(s.last_used_at ?? s.created_at, i18n.language) })}</p>
            </div>
            {!s.current && <button className="btn-ghost btn-sm text-red-600" onClick={() => revoke.mutate(s.id)} disabled={revoke.isPending}>{t('settings.revoke')}</button>}
          </li>
        ))}
      </ul>
      <FormError error={revoke.error} />
    </>
  )
}

function ChangePassword() {
  const { t } = useTranslation()
  const [f, setF] = useState({ current_password: '', new_password: '', confirm: '' })
  const [ok, setOk] = useState(false)
  const m = useMutation({
    mutationFn: () => post('/auth/change-password', { current_password: f.current_password, new_password: f.new_password }),
    onSuccess: () => {
      setOk(true)
      setF({ current_password: '', new_password: '', confirm: '' })
    },
  })
  const mismatch = f.confirm.length > 0 && f.confirm !== f.new_password
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (!mismatch) { setOk(false); m.mutate() } }} className="grid gap-3 sm:grid-cols-3">
      <div>
        <label htmlFor="cp-cur" className="label">{t('settings.currentPassword')}</label>
        <input id="cp-cur" type="password" autoComplete="current-password" className="input" value={f.current_password} onChange={(e) => setF({ ...f, current_password: e.target.value })} />
        <FieldError error={m.error} field="current_password" />
      </div>
      <div>
        <label htmlFor="cp-new" className="label">{t('auth.newPassword')}</label>
        <input id="cp-new" type="password" autoComplete="new-password" className="input" value={f.new_password} onChange={(e) => setF({ ...f, new_password: e.target.value })} />
        <FieldError error={m.error} field="new_password" />
      </div>
      <div>
        <label htmlFor="cp-confirm" className="label">{t('auth.passwordConfirm')}</label>
        <input id="cp-confirm" type="password" autoComplete="new-password" className="input" value={f.confirm} onChange={(e) => setF({ ...f, confirm: e.target.value })} />
        {mismatch && <p className="mt-1 text-xs text-red-600">{t('auth.passwordMismatch')}</p>}
      </div>
      <div className="sm:col-span-3"><FormError error={m.error} /></div>
      <div className="flex items-center justify-end gap-3 sm:col-span-3">
        {ok && <span role="status" className="text-sm text-emerald-700">✓ {t('settings.passwordChanged')}</span>}
        <button className="btn-secondary" disabled={m.isPending || !f.current_password || f.new_password.length < 8 || mismatch}>{t('settings.changePassword')}</button>
      </div>
    </form>
  )
}

function Export() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [done, setDone] = useState<string | null>(null)
  const run = async (format: 'json' | 'markdown') => {
    setBusy(format)
    setError(null)
    setDone(null)
    try {
      const name = await downloadAuthed(`/users/me/export?format=${format}`, format === 'json' ? 'dearme-export.json' : 'dearme-export.zip')
      setDone(name)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(null)
    }
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-ink-700">{t('settings.exportHelp')}</p>
      <div className="flex flex-wrap gap-2">
        <button className="btn-secondary" onClick={() => run('json')} disabled={!!busy} data-testid="export-json">⬇️ JSON</button>
        <button className="btn-secondary" onClick={() => run('markdown')} disabled={!!busy} data-testid="export-md">⬇️ Markdown (zip)</button>
      </div>
      {busy && <p className="text-sm text-ink-500">{t('common.loading')}</p>}
      {done && <p role="status" className="text-sm text-emerald-700">✓ {t('settings.exported', { name: done })}</p>}
      <FormError error={error} />
    </div>
  )
}

function DeleteAccount() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [password, setPassword] = useState('')
  const m = useMutation({
    mutationFn: () => del('/users/me', { password }),
    onSuccess: () => {
      useAuth.getState().clear()
      navigate('/login', { replace: true })
    },
  })
  useEffect(() => { if (!open) setPassword('') }, [open])
  return (
    <>
      <p className="text-sm text-ink-700">{t('settings.deleteHelp')}</p>
      <button className="btn-danger mt-3" onClick={() => setOpen(true)}>{t('settings.deleteAccount')}</button>
      <ConfirmDialog open={open} title={t('settings.deleteTitle')} message={t('settings.deleteBody')} confirmLabel={t('settings.deleteConfirm')} danger busy={m.isPending || !password} onClose={() => setOpen(false)} onConfirm={() => m.mutate()}>
        <div className="mt-4">
          <label htmlFor="del-pw" className="label">{t('auth.password')}</label>
          <input id="del-pw" type="password" autoComplete="current-password" className="input" value={password} onChange={(e) => setPassword(e.target.value)} />
          <div className="mt-2"><FormError error={m.error} /></div>
        </div>
      </ConfirmDialog>
    </>
  )
}

export default function SettingsPage() {
  const { t } = useTranslation()
  const me = useMe()
  if (me.isLoading) return <Loading />
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader title={t('settings.title')} subtitle={me.data!.email} />
      <Card id="st-profile" title={t('settings.profile')}><ProfileForm me={me.data!} /></Card>
      <Card id="st-sessions" title={t('settings.sessions')}><Sessions /></Card>
      <Card id="st-password" title={t('settings.changePassword')}><ChangePassword /></Card>
      <Card id="st-export" title={t('settings.export')}><Export /></Card>
      <Card id="st-delete" title={t('settings.deleteAccount')}><DeleteAccount /></Card>
    </div>
  )
}
