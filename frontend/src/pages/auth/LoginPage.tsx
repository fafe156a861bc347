import { useState, type FormEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import AuthShell from './AuthShell'
import { FieldError, FormError } from '../../components/ui'
import { ApiError, api } from '../../lib/api'
import { useAuth, type TokenPair } from '../../lib/authStore'

export default function LoginPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const [resent, setResent] = useState(false)

  const notVerified = error instanceof ApiError && error.status === 403 && (error.type ?? '').endsWith('/email-not-verified')

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const tokens = await api.request<TokenPair>('/auth/login', { method: 'POST', body: { email, password }, anonymous: true })
      useAuth.getState().setTokens(tokens)
      const from = (location.state as { from?: string } | null)?.from
      navigate(from && from !== '/login' ? from : '/', { replace: true })
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  async function resend() {
    try {
      await api.request('/auth/resend-verification', { method: 'POST', body: { email }, anonymous: true })
      setResent(true)
    } catch (err) {
      setError(err)
    }
  }

  return (
    <AuthShell title={t('auth.loginTitle')} subtitle={t('auth.loginSubtitle')}>
      <form onSubmit={submit} className="space-y-4" noValidate>
        <div>
          <label htmlFor="email" className="label">{t('auth.email')}</label>
          <input id="email" type="email" autoComplete="email" required className="input" value={email} onChange={(e) => setEmail(e.target.value)} />
          <FieldError error={error} field="email" />
        </div>
        <div>
          <label htmlFor="password" className="label">{t('auth.password')}</label>
          <input id="password" type="password" autoComplete="current-password" required className="input" value={password} onChange={(e) => setPassword(e.target.value)} />
          <FieldError error={error} field="password" />
        </div>
        <FormError error={error} />
        {notVerified && (
          <div className="rounded-xl bg-brand-50 p-3 text-sm text-brand-700">
            {resent ? t('auth.resent') : (
              <button type="button" className="underline" onClick={resend}>{t('auth.resendVerification')}</button>
            )}
          </div>
        )}
        <button type="submit" className="btn-primary w-full" disabled={busy || !email || !password}>
          {busy ? t('common.loading') : t('auth.login')}
        </button>
      </form>
      <div className="mt-6 flex justify-between text-sm">
        <Link to="/forgot-password" className="text-ink-500 hover:text-brand-600">{t('auth.forgot')}</Link>
        <Link to="/register" className="font-semibold text-brand-600">{t('auth.toRegister')}</Link>
      </div>
    </AuthShell>
  )
}
