import { useEffect, useRef, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import AuthShell from './AuthShell'
import { FormError, Spinner } from '../../components/ui'
import { api } from '../../lib/api'
import { useAuth, type TokenPair } from '../../lib/authStore'

export default function VerifyEmailPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const token = params.get('token')
  const [error, setError] = useState<unknown>(null)
  const [message, setMessage] = useState<string | null>(null)
  const started = useRef(false)

  useEffect(() => {
    if (!token || started.current) return
    started.current = true // the link is single-use: never call twice (StrictMode)
    // Remove the token from the address bar and history right away.
    window.history.replaceState(null, '', '/verify-email')
    api
      .request<TokenPair & { message?: string }>('/auth/verify-email', { query: { token }, anonymous: true })
      .then((r) => {
        useAuth.getState().setTokens(r)
        setMessage(r.message ?? t('auth.verified'))
        setTimeout(() => navigate('/', { replace: true }), 1200)
      })
      .catch(setError)
  }, [token, navigate, t])

  return (
    <AuthShell title={t('auth.verifyTitle')}>
      {!token && !message && !error && <p className="text-ink-700">{t('auth.verifyMissing')}</p>}
      {token && !message && !error && <Spinner label={t('auth.verifying')} />}
      {message && (
        <div className="space-y-3" data-testid="verify-ok">
          <p className="text-lg">🎉 {message}</p>
          <Link to="/" className="btn-primary w-full">{t('auth.start')}</Link>
        </div>
      )}
      {!!error && (
        <div className="space-y-4">
          <FormError error={error} />
          <Link to="/login" className="btn-secondary w-full">{t('auth.toLogin')}</Link>
        </div>
      )}
    </AuthShell>
  )
}
