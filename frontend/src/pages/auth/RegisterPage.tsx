import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import AuthShell from './AuthShell'
import { FieldError, FormError } from '../../components/ui'
import { api } from '../../lib/api'

export function DevMailboxHint() {
  const { t } = useTranslation()
  return (
    <div className="rounded-xl border border-dashed border-brand-300 bg-brand-50 p-3 text-sm text-ink-700">
      <p>{t('auth.devMailboxHint')}</p>
      <a href="/dev/mailbox" target="_blank" rel="noreferrer" className="mt-1 inline-block font-semibold text-brand-600 underline">
        {t('auth.openDevMailbox')} ↗
      </a>
    </div>
  )
}

export default function RegisterPage() {
  const { t } = useTranslation()
  const [form, setForm] = useState({ email: '', username: '', password: '', confirm: '' })
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<{ email: string; message?: string } | null>(null)
  const [agree, setAgree] = useState(false)

  const mismatch = form.confirm.length > 0 && form.confirm !== form.password
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value })

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (mismatch) return
    setBusy(true)
    setError(null)
    try {
      const r = await api.request<{ message?: string }>('/auth/register', {
        method: 'POST',
        body: { email: form.email, username: form.username, password: form.password },
        anonymous: true,
      })
      setDone({ email: form.email, message: r?.message })
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <AuthShell title={t('auth.checkMailTitle')}>
        <div className="space-y-4" data-testid="register-done">
          <p className="text-ink-700">{done.message || t('auth.checkMailBody', { email: done.email })}</p>
          <DevMailboxHint />
          <Link to="/login" className="btn-secondary w-full">{t('auth.toLogin')}</Link>
        </div>
      </AuthShell>
    )
  }

  return (
    <AuthShell title={t('auth.registerTitle')} subtitle={t('auth.registerSubtitle')}>
      <form onSubmit={submit} className="space-y-4" noValidate>
        <div>
          <label htmlFor="email" className="label">{t('auth.email')}</label>
          <input id="email" type="email" autoComplete="email" className="input" value={form.email} onChange={set('email')} required />
          <FieldError error={error} field="email" />
        </div>
        <div>
          <label htmlFor="username" className="label">{t('auth.username')}</label>
          <input id="username" autoComplete="nickname" className="input" value={form.username} onChange={set('username')} minLength={2} maxLength={50} required aria-describedby="username-help" />
          <p id="username-help" className="mt-1 text-xs text-ink-500">{t('auth.usernameHelp')}</p>
          <FieldError error={error} field="username" />
        </div>
        <div>
          <label htmlFor="password" className="label">{t('auth.password')}</label>
          <input id="password" type="password" autoComplete="new-password" className="input" value={form.password} onChange={set('password')} minLength={8} maxLength={100} required aria-describedby="password-help" />
          <p id="password-help" className="mt-1 text-xs text-ink-500">{t('auth.passwordHelp')}</p>
          <FieldError error={error} field="password" />
        </div>
        <div>
          <label htmlFor="confirm" className="label">{t('auth.passwordConfirm')}</label>
          <input id="confirm" type="password" autoComplete="new-password" className="input" value={form.confirm} onChange={set('confirm')} aria-invalid={mismatch} />
          {mismatch && <p className="mt-1 text-xs text-red-600">{t('auth.passwordMismatch')}</p>}
        </div>
        <label className="flex items-start gap-2 text-sm text-ink-700">
          <input type="checkbox" className="mt-1 h-4 w-4 accent-brand-500" checked={agree} onChange={(e) => setAgree(e.target.checked)} />
          <span>
            {t('auth.agreePrefix')} <Link to="/terms" className="underline">{t('legal.terms')}</Link>, <Link to="/privacy" className="underline">{t('legal.privacy')}</Link> {t('auth.agreeSuffix')}
          </span>
        </label>
        <FormError error={error} />
        <button type="submit" className="btn-primary w-full" disabled={busy || !agree || mismatch || !form.email || !form.username || form.password.length < 8}>
          {busy ? t('common.loading') : t('auth.register')}
        </button>
      </form>
      <p className="mt-6 text-center text-sm">
        <Link to="/login" className="font-semibold text-brand-600">{t('auth.toLogin')}</Link>
      </p>
    </AuthShell>
  )
}
