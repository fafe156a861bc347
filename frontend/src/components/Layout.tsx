import { useEffect, useState } from 'react'
import { NavLink, Link, Outlet, useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { logout } from '../lib/api'
import { startNotificationStream, useLive } from '../lib/notificationStream'
import { useMe } from '../lib/queries'

const TABS = [
  { to: '/', key: 'nav.home', icon: '🏠', end: true },
  { to: '/diaries', key: 'nav.diaries', icon: '📔', end: false },
  { to: '/persona', key: 'nav.persona', icon: '🪞', end: false },
  { to: '/friends', key: 'nav.friends', icon: '🤝', end: false },
  { to: '/mental', key: 'nav.mental', icon: '💗', end: false },
]

export function LangSwitch({ className = '' }: { className?: string }) {
  const { i18n, t } = useTranslation()
  const next = i18n.language === 'en' ? 'ko' : 'en'
  return (
    <button className={`btn-ghost btn-sm ${className}`} onClick={() => i18n.changeLanguage(next)} aria-label={t('nav.switchLanguage')}>
      {next === 'en' ? 'EN' : '한국어'}
    </button>
  )
}

function Bell() {
  const unread = useLive((s) => s.unread)
  const { t } = useTranslation()
  const label = unread ? t('nav.notificationsUnread', { count: unread }) : t('nav.notifications')
  return (
    <NavLink to="/notifications" aria-label={label} className="relative inline-flex h-10 w-10 items-center justify-center rounded-full hover:bg-black/5" data-testid="notif-bell">
      <span aria-hidden className="text-xl">
        🔔
      </span>
      {!!unread && (
        <span data-testid="unread-badge" className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-brand-500 px-1.5 text-center text-[11px] leading-5 font-bold text-white">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  )
}

function UserMenu() {
  const { data: me } = useMe()
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false)
    const onClick = () => setOpen(false)
    document.addEventListener('keydown', onKey)
    document.addEventListener('click', onClick)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('click', onClick)
    }
  }, [open])
  const initial = (me?.username ?? '?').slice(0, 1).toUpperCase()
  return (
    <div className="relative">
      <button
        className="flex h-10 w-10 items-center justify-center overflow-hidden rounded-full bg-brand-100 font-bold text-brand-700"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('nav.account')}
        onClick={(e) => {
          e.stopPropagation()
          setOpen((o) => !o)
        }}
      >
        {me?.profile_image ? <img src={me.profile_image} alt="" className="h-full w-full object-cover" /> : initial}
      </button>
      {open && (
        <div role="menu" className="absolute right-0 z-40 mt-2 w-52 overflow-hidden rounded-2xl bg-white py-1 shadow-lg ring-1 ring-black/5">
          {me && <p className="truncate px-4 py-2 text-xs text-ink-500">{me.email}</p>}
          {[
            ['/notifications', 'nav.notifications'],
            ['/premium', 'nav.premium'],
            ['/quiz', 'nav.quiz'],
            ['/settings', 'nav.settings'],
            ...(me?.role === 'admin' ? [['/admin/ops', 'nav.admin']] : []),
          ].map(([to, key]) => (
            <Link key={to} role="menuitem" to={to} className="block px-4 py-2 text-sm hover:bg-brand-50">
              {t(key)}
            </Link>
          ))}
          <button
            role="menuitem"
            className="block w-full px-4 py-2 text-left text-sm text-red-600 hover:bg-red-50"
            onClick={async () => {
              await logout()
              navigate('/login', { replace: true })
            }}
          >
            {t('nav.logout')}
          </button>
        </div>
      )}
    </div>
  )
}

export function Logo() {
  return (
    <Link to="/" className="flex items-center gap-2 text-lg font-extrabold tracking-tight text-brand-600" aria-label="DearMe 디어미">
      <img src="/favicon.svg" alt="" className="h-7 w-7" />
      <span>디어미</span>
    </Link>
  )
}

export default function Layout() {
  const { t } = useTranslation()
  const qc = useQueryClient()
  useEffect(() => startNotificationStream(qc), [qc])

  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2">
        {t('nav.skip')}
      </a>
      <header className="sticky top-0 z-30 border-b border-black/5 bg-white/85 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-5xl items-center justify-between gap-4 px-4">
          <Logo />
          <nav aria-label={t('nav.main')} className="hidden md:block">
            <ul className="flex items-center gap-1">
              {TABS.map((tab) => (
                <li key={tab.to}>
                  <NavLink
                    to={tab.to}
                    end={tab.end}
                    className={({ isActive }) =>
                      `rounded-xl px-3 py-2 text-sm font-medium ${isActive ? 'bg-brand-50 text-brand-700' : 'text-ink-700 hover:bg-black/5'}`
                    }
                  >
                    {t(tab.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex items-center gap-1">
            <LangSwitch />
            <Bell />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 pt-6 pb-28 md:pb-12">
        <Outlet />
      </main>
      <footer className="mx-auto hidden max-w-5xl px-4 pb-8 text-xs text-ink-500 md:block">
        <nav aria-label={t('nav.legal')} className="flex gap-4">
          <Link to="/privacy">{t('legal.privacy')}</Link>
          <Link to="/terms">{t('legal.terms')}</Link>
          <Link to="/payment-policy">{t('legal.payment')}</Link>
          <span>© DearMe</span>
        </nav>
      </footer>
      <nav aria-label={t('nav.main')} className="pb-safe fixed inset-x-0 bottom-0 z-30 border-t border-black/5 bg-white/95 backdrop-blur md:hidden">
        <ul className="mx-auto grid max-w-md grid-cols-5">
          {TABS.map((tab) => (
            <li key={tab.to}>
              <NavLink
                to={tab.to}
                end={tab.end}
                className={({ isActive }) =>
                  `flex flex-col items-center gap-0.5 py-2 text-[11px] font-medium ${isActive ? 'text-brand-600' : 'text-ink-500'}`
                }
              >
                <span aria-hidden className="text-xl leading-6">
                  {tab.icon}
                </span>
                {t(tab.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}
