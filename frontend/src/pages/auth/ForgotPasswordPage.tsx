import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import AuthShell from './AuthShell'
import { FieldError, FormError } from '../../components/ui'
import { api } from '../../lib/api'
import { DevMailboxHint } from './RegisterPage'

export default function ForgotPasswordPage() {
  const { t } = useTranslation()
  const [email, setEmail] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [sent, setSent] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const r = await api.request<{ message?: string }>('/auth/forgot-password', { method: 'POST', body: { email }, anonymous: true })
      setSent(r?.message ?? t('auth.resetSent'))
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <AuthShell title={t('auth.forgotTitle')} subtitle={t('auth.forgotSubtitle')}>
      {sent ? (
        <div className="space-y-4">
          <p className="text-ink-700">{sent}</p>
          <DevMailboxHint />
          <Link to="/login" className="btn-secondary w-full">{t('auth.toLogin')}</Link>
        </div>
      ) : (
        <form onSubmit={submit} className="space-y-4" noValidate>
          <div>
            <label htmlFor="email" className="label">{t('auth.email')}</label>
            <input id="email" type="email" autoComplete="email" className="input" value={email} onChange={(e) => setEmail(e.target.value)} />
            <FieldError error={error} field="email" />
          </div>
          <FormError error={error} />
          <button className="btn-primary w-full" disabled={busy || !email}>{t('auth.sendResetLink')}</button>
          <p className="text-center text-sm"><Link to="/login" className="text-brand-600">{t('auth.toLogin')}</Link></p>
        </form>
      )}
    </AuthShell>
  )
}
