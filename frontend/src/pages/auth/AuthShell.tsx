import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { LangSwitch } from '../../components/Layout'

export default function AuthShell({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-50 to-[#fbf8fb]">
      <div className="flex justify-end p-3">
        <LangSwitch />
      </div>
      <main className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center px-4 pb-10">
        <div className="mb-6 text-center">
          <img src="/favicon.svg" alt="" className="mx-auto h-14 w-14" />
          <p className="mt-2 text-sm font-semibold text-brand-600">{t('app.tagline')}</p>
        </div>
        <div className="card p-6 sm:p-8">
          <h1 className="text-xl font-bold">{title}</h1>
          {subtitle && <p className="mt-1 text-sm text-ink-500">{subtitle}</p>}
          <div className="mt-6">{children}</div>
        </div>
        <nav aria-label={t('nav.legal')} className="mt-6 flex justify-center gap-4 text-xs text-ink-500">
          <Link to="/privacy">{t('legal.privacy')}</Link>
          <Link to="/terms">{t('legal.terms')}</Link>
          <Link to="/payment-policy">{t('legal.payment')}</Link>
        </nav>
      </main>
    </div>
  )
}
