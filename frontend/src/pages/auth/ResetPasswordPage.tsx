import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import AuthShell from './AuthShell'
import { FieldError, FormError } from '../../components/ui'
import { api } from '../../lib/api'

export default function ResetPasswordPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  // Keep the single-use token in memory only and drop it from the address bar.
  const [token] = useState(() => {
    const tk = params.get('token')
    if (tk) window.history.replaceState(null, '', '/reset-password')
    return tk
  })
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)
  const mismatch = confirm.length > 0 && confirm !== password

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (mismatch || !token) return
    setBusy(true)
    setError(null)
    try {
      await api.request('/auth/reset-password', { method: 'POST', body: { token, password }, anonymous: true })
      setDone(true)
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <AuthShell title={t('auth.resetTitle')}>
      {!token ? (
        <p className="text-ink-700">{t('auth.resetMissing')}</p>
      ) : done ? (
        <div className="space-y-4">
          <p className="text-ink-700">{t('auth.resetDone')}</p>
          <Link to="/login" className="btn-primary w-full">{t('auth.toLogin')}</Link>
        </div>
      ) : (
        <form onSubmit={submit} className="space-y-4" noValidate>
          <div>
            <label htmlFor="password" className="label">{t('auth.newPassword')}</label>
            <input id="password" type="password" autoComplete="new-password" className="input" value={password} onChange={(e) => setPassword(e.target.value)} />
            <p className="mt-1 text-xs text-ink-500">{t('auth.passwordHelp')}</p>
            <FieldError error={error} field="password" />
          </div>
          <div>
            <label htmlFor="confirm" className="label">{t('auth.passwordConfirm')}</label>
            <input id="confirm" type="password" autoComplete="new-password" className="input" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
            {mismatch && <p className="mt-1 text-xs text-red-600">{t('auth.passwordMismatch')}</p>}
          </div>
          <FormError error={error} />
          <button className="btn-primary w-full" disabled={busy || password.length < 8 || mismatch}>{t('auth.resetSubmit')}</button>
        </form>
      )}
    </AuthShell>
  )
}
